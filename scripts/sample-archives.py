"""sample-archives.py - writes the two exports of samples/ as a phone and
Google Takeout produce them, byte for byte the same on every run (fixed
times, no owner names):

  samples/whatsapp-skyjet-export.zip  WhatsApp (Android) "Export chat" with
                                      media: the chat text and a photo
  samples/takeout-luchik-mail.tgz     Google Takeout of Gmail: the mbox of
                                      "All mail" and the archive's index page

Usage: python3 scripts/sample-archives.py   (from the repository root)"""
import gzip
import io
import tarfile
import zipfile

STAMP = (2026, 11, 28, 10, 0, 0)
EPOCH = 1795860000  # 2026-11-28T10:00:00Z

CHAT = """\
16/11/2026, 09:12 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
16/11/2026, 09:12 - Daniel Brooks: Hello, my flight SJ 2417 on 12 November was cancelled and I applied for a refund of \u20ac286.40 the same day. Nothing has arrived yet.
16/11/2026, 09:30 - SkyJet Support: Hi Daniel, sorry for the wait. I have opened case number REF-558210 for you. We will refund the money to your card within 7 working days.
16/11/2026, 09:31 - Daniel Brooks: IMG-20261116-WA0003.jpg (file attached)
Here is the cancellation notice.
16/11/2026, 09:40 - SkyJet Support: Thank you, I have added it to your case.
27/11/2026, 18:05 - Daniel Brooks: It has been 9 working days and the money is still not on my card. Case REF-558210.
"""

# a tiny JPEG: start of image, a comment, end of image
PHOTO = b"\xff\xd8\xff\xfe\x00\x10cancellation.\xff\xd9"

MAILS = [
    ("1850316000000000001", "Mon Nov 23 07:15:00 +0000 2026", """\
X-GM-THRID: 1850316000000000001
X-Gmail-Labels: Sent
From: =?UTF-8?B?0JDQvdC90LAg0KHQvNC40YDQvdC+0LLQsA==?= <anna.smirnova@example.org>
To: support@luchik-telecom.example
Subject: =?UTF-8?B?0JLQvtC30LLRgNCw0YIg0L/QtdGA0LXQv9C70LDRgtGLINC/0L4g0LTQvtCz0L7QstC+0YDRgyA3NzMxLTAy?=
Date: Mon, 23 Nov 2026 10:15:00 +0300
Message-ID: <anna-20261123@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравствуйте!

В октябре по договору 7731-02 с меня дважды списали абонентскую плату,
1 290 рублей. Прошу вернуть переплату на карту.

Анна Смирнова
"""),
    ("1850316000000000001", "Tue Nov 24 08:02:00 +0000 2026", """\
X-GM-THRID: 1850316000000000001
X-Gmail-Labels: Inbox,Category Updates
From: =?UTF-8?B?0J/QvtC00LTQtdGA0LbQutCwINCb0YPRh9C40Log0KLQtdC70LXQutC+0Lw=?= <support@luchik-telecom.example>
To: anna.smirnova@example.org
Subject: =?UTF-8?B?UmU6INCS0L7Qt9Cy0YDQsNGCINC/0LXRgNC10L/Qu9Cw0YLRiyDQv9C+INC00L7Qs9C+0LLQvtGA0YMgNzczMS0wMg==?=
Date: Tue, 24 Nov 2026 11:02:00 +0300
Message-ID: <reply-880315@luchik-telecom.example>
In-Reply-To: <anna-20261123@example.org>
References: <anna-20261123@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравствуйте, Анна!

Вашему обращению присвоен номер 880315. Мы проверили начисления:
абонентская плата за октябрь действительно списана дважды. Перерасчёт
выполним, а деньги вернём на карту до 4 декабря.

С уважением,
служба поддержки «Лучик Телеком»
"""),
]

INDEX = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Archive Overview</title></head>
<body><h1>Archive for anna.smirnova@example.org</h1><p>Mail: 1 mbox file</p></body></html>
"""


def whatsapp(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("WhatsApp Chat with SkyJet Support.txt", CHAT.encode()),
                           ("IMG-20261116-WA0003.jpg", PHOTO)):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def takeout(path):
    mbox = b""
    for thrid, when, text in MAILS:
        mbox += ("From %s@xxx %s\n" % (thrid, when)).encode()
        mbox += text.encode() + b"\n"
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, data in (("Takeout/archive_browser.html", INDEX.encode()),
                           ("Takeout/Mail/All mail Including Spam and Trash.mbox", mbox)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = EPOCH
            info.mode = 0o644
            t.addfile(info, io.BytesIO(data))
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=EPOCH) as g:
            g.write(raw.getvalue())


whatsapp("samples/whatsapp-skyjet-export.zip")
takeout("samples/takeout-luchik-mail.tgz")

#!/usr/bin/env python3
# Writes the Outlook fixtures of this folder (README.md): .msg files (OLE
# compound files written by the small writer below, [MS-CFB] version 3),
# compressed RTF ([MS-OXRTFCP]), TNEF streams inside e-mails, and the
# damaged variants under hostile/. Run from this folder.
import base64
import os
import struct

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SECTOR, MINI, CUTOFF = 512, 64, 4096


# ---- compound files ----

class Entry:
    def __init__(self, name, kind, data=b'', children=None):
        self.name, self.kind, self.data = name, kind, data
        self.children = children or []
        self.sid = None
        self.start, self.size = END, len(data)
        self.left = self.right = self.child = NOSTREAM


def storage(name, children):
    return Entry(name, 1, children=children)


def stream(name, data):
    return Entry(name, 2, data)


def key(e):
    return (len(e.name), e.name.upper())


def number(root):
    order, todo = [], [root]
    while todo:
        e = todo.pop(0)
        e.sid = len(order)
        order.append(e)
        todo.extend(sorted(e.children, key=key))
    for e in order:
        kids = sorted(e.children, key=key)
        if kids:
            mid = len(kids) // 2
            e.child = link(kids, 0, len(kids))
    return order


def link(kids, lo, hi):
    """A balanced binary tree of siblings; returns the root's sid."""
    if lo >= hi:
        return NOSTREAM
    mid = (lo + hi) // 2
    kids[mid].left = link(kids, lo, mid)
    kids[mid].right = link(kids, mid + 1, hi)
    return kids[mid].sid


def chain(fat, first, n):
    for i in range(n):
        fat[first + i] = first + i + 1 if i + 1 < n else END


def compound(root, fix=None):
    order = number(root)
    small = [e for e in order if e.kind == 2 and e.size < CUTOFF]
    big = [e for e in order if e.kind == 2 and e.size >= CUTOFF]
    ministream, minifat = b'', []
    for e in small:
        if e.size == 0:
            e.start = END
            continue
        n = -(-e.size // MINI)
        e.start = len(minifat)
        minifat.extend(range(len(minifat) + 1, len(minifat) + n))
        minifat.append(END)
        ministream += e.data + b'\0' * (n * MINI - e.size)
    root.size = len(ministream)
    dir_n = -(-len(order) * 128 // SECTOR)
    mf_n = -(-len(minifat) * 4 // SECTOR)
    ms_n = -(-len(ministream) // SECTOR)
    big_n = sum(-(-e.size // SECTOR) for e in big)
    fat_n = 1
    while fat_n * 128 < fat_n + dir_n + mf_n + ms_n + big_n:
        fat_n += 1
    fat = [FREE] * (fat_n * 128)
    for i in range(fat_n):
        fat[i] = FATSECT
    at = fat_n
    dir_at = at
    chain(fat, at, dir_n)
    at += dir_n
    mf_at = at if mf_n else END
    chain(fat, at, mf_n)
    at += mf_n
    root.start = at if ms_n else END
    chain(fat, at, ms_n)
    at += ms_n
    for e in big:
        n = -(-e.size // SECTOR)
        e.start = at
        chain(fat, at, n)
        at += n
    if fix:
        fix(fat, order)
    head = bytearray(512)
    head[0:8] = bytes.fromhex('d0cf11e0a1b11ae1')
    struct.pack_into('<HHHHH', head, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<IIIIIIII', head, 40, 0, fat_n, dir_at, 0, CUTOFF,
                     mf_at, mf_n, END)
    struct.pack_into('<I', head, 72, 0)
    difat = list(range(fat_n)) + [FREE] * (109 - fat_n)
    struct.pack_into('<109I', head, 76, *difat)
    out = bytearray(head)
    out += struct.pack('<%dI' % len(fat), *fat)
    d = bytearray()
    for e in order:
        name = e.name.encode('utf-16-le') + b'\0\0'
        ent = bytearray(128)
        ent[0:len(name)] = name
        struct.pack_into('<HBBIII', ent, 64, len(name),
                         5 if e is root else e.kind, 1,
                         e.left, e.right, e.child)
        struct.pack_into('<IQ', ent, 116, e.start, e.size)
        d += ent
    out += d + b'\0' * (dir_n * SECTOR - len(d))
    mf = struct.pack('<%dI' % len(minifat), *minifat)
    out += mf + b'\xff' * (mf_n * SECTOR - len(mf))
    out += ministream + b'\0' * (ms_n * SECTOR - len(ministream))
    for e in big:
        out += e.data + b'\0' * (-(-e.size // SECTOR) * SECTOR - e.size)
    return bytes(out)


# ---- MAPI properties of a .msg ([MS-OXMSG]) ----

def u16(s):
    return s.encode('utf-16-le')


def filetime(y, mo, d, h, mi):
    import datetime
    t = datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone.utc)
    return int(t.timestamp()) * 10000000 + 116444736000000000


def message(strings, fixed, binaries=(), children=(), header=32):
    """strings: {id: text}, fixed: [(id, type, int)], binaries: {id: b''}"""
    kids = list(children)
    props = bytearray(header)
    for pid, text in strings.items():
        kids.append(stream('__substg1.0_%04X001F' % pid, u16(text)))
        props += struct.pack('<IIQ', pid << 16 | 0x1F, 6, len(u16(text)) + 2)
    for pid, data in dict(binaries).items():
        kids.append(stream('__substg1.0_%04X0102' % pid, data))
        props += struct.pack('<IIQ', pid << 16 | 0x102, 6, len(data))
    for pid, ptype, value in fixed:
        props += struct.pack('<IIQ', pid << 16 | ptype, 6, value)
    kids.append(stream('__properties_version1.0', bytes(props)))
    return kids


# ---- compressed RTF ----

PREBUF = (b'{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil '
          b'\\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbol'
          b'ArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n'
          b'\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx')
assert len(PREBUF) == 207


def lzfu(raw):
    """Greedy LZFu: the longest dictionary match of 2..17 bytes, else a
    literal; then the end marker."""
    dic = bytearray(4096)
    dic[:207] = PREBUF
    w, i, out = 207, 0, bytearray()
    tokens = []
    while i < len(raw):
        best, boff = 0, 0
        for off in range(4096):
            if off == w:
                continue
            n = 0
            while (n < 17 and i + n < len(raw) and
                   dic[(off + n) % 4096] == raw[i + n] and
                   (off + n) % 4096 != w):
                n += 1
            if n > best:
                best, boff = n, off
        if best >= 2:
            tokens.append((boff, best))
            for k in range(best):
                dic[w] = raw[i + k]
                w = (w + 1) % 4096
            i += best
        else:
            tokens.append(raw[i])
            dic[w] = raw[i]
            w = (w + 1) % 4096
            i += 1
    tokens.append((w, 0))  # the end marker: a reference to the write spot
    for g in range(0, len(tokens), 8):
        group, control, body = tokens[g:g + 8], 0, bytearray()
        for bit, t in enumerate(group):
            if isinstance(t, tuple):
                control |= 1 << bit
                off, n = t
                body += struct.pack('>H', off << 4 | max(n - 2, 0))
            else:
                body.append(t)
        out.append(control)
        out += body
    return struct.pack('<IIII', len(out) + 12, len(raw), 0x75465A4C, 0) + out


# ---- TNEF ----

def tnef_attr(level, attr, data):
    return (struct.pack('<BII', level, attr, len(data)) + data +
            struct.pack('<H', sum(data) & 0xFFFF))


def mapi_props(props):
    out = struct.pack('<I', len(props))
    for ptype, pid, value in props:
        out += struct.pack('<HH', ptype, pid)
        if ptype in (0x1E, 0x1F, 0x102, 0x0D):
            out += struct.pack('<II', 1, len(value))
            out += value + b'\0' * (-len(value) % 4)
        else:
            out += value
    return out


def tnef(body_rtf, subject, attachments=()):
    out = struct.pack('<IH', 0x223E9F78, 0x0101)
    out += tnef_attr(1, 0x00089006, struct.pack('<I', 0x00010000))
    out += tnef_attr(1, 0x00069007, struct.pack('<II', 1252, 0))
    out += tnef_attr(1, 0x00078008, b'IPM.Microsoft Mail.Note\0')
    out += tnef_attr(1, 0x00018004, subject.encode('cp1252') + b'\0')
    out += tnef_attr(1, 0x00069003, mapi_props([
        (0x0102, 0x1009, lzfu(body_rtf)),
        (0x0003, 0x3FDE, struct.pack('<I', 1252)),
    ]))
    for title, data in attachments:
        out += tnef_attr(2, 0x00069002, struct.pack('<HIHHI', 1, 0, 0, 0, 0))
        out += tnef_attr(2, 0x00018010, title.encode() + b'\0')
        out += tnef_attr(2, 0x0006800F, data)
    return out


def write(path, data):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


def b64(data):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


# ---- the fixtures ----

REPLY_BODY = ("Hello Anna,\r\n\r\nthank you for your patience. Your refund "
              "for order 4471 will be processed within 5 business days.\r\n"
              "\r\nKind regards,\r\nAcme Support\r\n")
reply = storage('Root Entry', message({
    0x0037: 'RE: Refund for order 4471 [Case 00918273]',
    0x0C1A: 'Acme Support',
    0x5D01: 'support@acme.example',
    0x0C1F: '/O=ACME/OU=EXCHANGE/CN=RECIPIENTS/CN=SUPPORT',
    0x1035: '<reply-1@acme.example>',
    0x1042: '<ask-1@me.example>',
    0x1000: REPLY_BODY,
}, [(0x0039, 0x40, filetime(2026, 11, 20, 10, 0))]))
reply_msg = compound(reply)
write('msg/support-reply.msg', reply_msg)

HTML_RTF = (b'{\\rtf1\\ansi\\ansicpg1251\\fromhtml1 \\deff0{\\fonttbl'
            b'{\\f0\\fswiss Arial;}}{\\*\\htmltag19 <html>}{\\*\\htmltag34 '
            b'<body>}{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 '
            b'\\\'cc\\\'fb \\\'ed\\\'e5 \\\'ec\\\'EE\\\'e6\\\'e5\\\'EC '
            b'\\\'e2\\\'e5\\\'f0\\\'ed\\\'f3\\\'f2\\\'fc '
            b'\\\'e4\\\'e5\\\'ed\\\'FC\\\'e3\\\'e8.\\htmlrtf }\\htmlrtf0 '
            b'{\\*\\htmltag72 </p>}{\\*\\htmltag64 <p>}'
            b'\\htmlrtf {\\htmlrtf0 Case 00918273 \\u8212?  &amp; '
            b'\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}'
            b'{\\*\\htmltag42 </body>}{\\*\\htmltag27 </html>}}')
rtf_only = storage('Root Entry', message({
    0x0037: 'RE: Refund for order 4471 [Case 00918273]',
    0x0C1A: 'Acme Support',
    0x5D01: 'support@acme.example',
    0x1035: '<reply-2@acme.example>',
    0x1042: '<reply-1@acme.example>',
}, [(0x0039, 0x40, filetime(2026, 11, 27, 9, 30))],
    {0x1009: lzfu(HTML_RTF)}))
write('msg/rtf-only.msg', compound(rtf_only))

inner = message({
    0x0037: 'Your order 4471',
    0x0C1A: 'Acme Shop',
    0x5D01: 'shop@acme.example',
    0x1000: 'We will deliver your order on 15 November.',
}, [(0x0039, 0x40, filetime(2026, 11, 1, 8, 0))], header=24)
attach = storage('__attach_version1.0_#00000000', [
    storage('__substg1.0_3701000D', inner),
] + message({0x3707: 'Your order 4471.msg'}, [(0x3705, 3, 5)], header=8))
forward = storage('Root Entry', message({
    0x0037: 'FW: Your order 4471',
    0x0C1A: 'Anna Petrova',
    0x5D01: 'anna@me.example',
    0x1035: '<fw-1@me.example>',
    0x1000: 'The shop promised delivery by 15 November; see the attached '
            'message.',
}, [(0x0039, 0x40, filetime(2026, 11, 21, 12, 0))], children=[attach]))
write('msg/forward-with-attached.msg', compound(forward))

ask = ('From: Anna Petrova <anna@me.example>\n'
       'To: Acme Support <support@acme.example>\n'
       'Subject: Refund for order 4471\n'
       'Date: Thu, 19 Nov 2026 18:00:00 +0000\n'
       'Message-ID: <ask-1@me.example>\n'
       'MIME-Version: 1.0\n'
       'Content-Type: text/plain; charset=utf-8\n\n'
       'Hello, I returned order 4471 two weeks ago. When will I get my '
       'refund?\n')
write('thread/ask.eml', ask.encode())
write('thread/support-reply.msg', reply_msg)

# TNEF: the body only in winmail.dat, compressed RTF; an attached .eml
FWD_EML = (b'From: Acme Billing <billing@acme.example>\r\n'
           b'Subject: Invoice 7781\r\n'
           b'Date: Mon, 16 Nov 2026 09:00:00 +0000\r\n\r\n'
           b'Your invoice 7781 is attached.\r\n')
TNEF_RTF = (b'{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}'
            b'\\f0\\fs20 Dear customer,\\par\\par We regret to inform you '
            b'that we are unable to refund the invoice 7781.\\par We will '
            b'get back to you within 3 business days with the details.'
            b'\\par\\par Ticket #55120\\par}')
winmail = tnef(TNEF_RTF, 'Your claim', [('invoice.eml', FWD_EML)])
write('tnef/winmail.dat', winmail)


def tnef_mail(name, data, text_part=None):
    head = ('From: Acme Claims <claims@acme.example>\n'
            'To: anna@me.example\n'
            'Subject: Your claim [Ticket #55120]\n'
            'Date: Tue, 24 Nov 2026 11:00:00 +0000\n'
            'Message-ID: <claim-1@acme.example>\n'
            'MIME-Version: 1.0\n'
            'Content-Type: multipart/mixed; boundary="b1"\n\n')
    parts = ''
    if text_part:
        parts += ('--b1\nContent-Type: text/plain; charset=us-ascii\n\n' +
                  text_part + '\n')
    parts += ('--b1\nContent-Type: application/ms-tnef; name="winmail.dat"\n'
              'Content-Transfer-Encoding: base64\n'
              'Content-Disposition: attachment; filename="winmail.dat"\n\n' +
              b64(data) + '\n--b1--\n')
    write(name, (head + parts).encode())


tnef_mail('tnef/claim-winmail.eml', winmail)

# ---- hostile variants ----

write('hostile/truncated.msg', reply_msg[:1536])


def cyclic(fat, order):
    big = [e for e in order if e.kind == 2 and e.size >= CUTOFF]
    fat[big[0].start] = big[0].start  # the chain points at itself


long_body = storage('Root Entry', message({
    0x0037: 'Cyclic', 0x1000: 'x' * 5000}, []))
write('hostile/cyclic-fat.msg', compound(long_body, cyclic))


def huge(fat, order):
    for e in order:
        if e.name == '__substg1.0_1000001F':
            e.size = 0x7FFFFFF0


write('hostile/huge-property.msg', compound(storage('Root Entry', message({
    0x0037: 'Huge', 0x1000: 'short body'}, [])), huge))

fat = bytearray(reply_msg)
struct.pack_into('<I', fat, 0x2C, 0x10000000)  # 2^28 FAT sectors
write('hostile/huge-fat-count.msg', bytes(fat))

bad = bytearray(lzfu(b'{\\rtf1 hello}'))
struct.pack_into('<I', bad, 4, 0x7FFFFFFF)  # a raw size of 2 GiB
write('hostile/bad-rtf-size.msg', compound(storage('Root Entry', message(
    {0x0037: 'Bad RTF'}, [], {0x1009: bytes(bad)}))))
bad = bytearray(lzfu(b'{\\rtf1 hello}'))
struct.pack_into('<I', bad, 8, 0x12345678)  # an unknown compression
write('hostile/bad-rtf-type.msg', compound(storage('Root Entry', message(
    {0x0037: 'Bad RTF type'}, [], {0x1009: bytes(bad)}))))

absurd = bytearray(winmail)
struct.pack_into('<I', absurd, 6 + 5, 0xFFFFFFF0)  # first attribute's length
tnef_mail('hostile/tnef-absurd-length.eml', bytes(absurd),
          'See the attachment.')
badsum = bytearray(winmail)
badsum[-1] ^= 0xFF
tnef_mail('hostile/tnef-bad-checksum.eml', bytes(badsum),
          'See the attachment.')

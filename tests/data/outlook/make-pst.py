#!/usr/bin/env python3
# Writes pst/support.pst and the damaged mailboxes of hostile/ (README.md):
# a small Unicode PST ([MS-PST]: header, one leaf page of each B-tree,
# data blocks holding heap-on-node property contexts) with the messages
# of a support conversation in three folders. Run from this folder.
import datetime
import os
import struct

PAGE = 512
NID_STORE, NID_ROOT, NID_TOP = 0x21, 0x122, 0x2142


def u16(s):
    return s.encode('utf-16-le')


def filetime(y, mo, d, h, mi):
    t = datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone.utc)
    return int(t.timestamp()) * 10000000 + 116444736000000000


# ---- property contexts on a heap-on-node ----

INLINE = {0x0002, 0x0003, 0x000B}


def heap(allocs, root_index):
    """A heap-on-node: header, allocations, page map; root = 1-based."""
    body = bytearray(12)
    offsets = []
    for a in allocs:
        offsets.append(len(body))
        body += a
        body += b'\0' * (len(body) % 2)
    offsets.append(len(body))
    hnpm = len(body)
    body += struct.pack('<HH', len(allocs), 0)
    body += struct.pack('<%dH' % len(offsets), *offsets)
    struct.pack_into('<HBBI', body, 0, hnpm, 0xEC, 0xBC, root_index << 5)
    return bytes(body)


def property_context(props):
    """props: [(id, type, value)] -> the bytes of a PC data block."""
    allocs = [None, None]  # the BTH header and the records come first
    records = []
    for pid, ptype, value in sorted(props):
        if ptype in INLINE:
            records.append(struct.pack('<HHI', pid, ptype, value))
            continue
        if ptype == 0x001F:
            data = u16(value)
        elif ptype == 0x0040:
            data = struct.pack('<Q', value)
        else:
            data = value
        allocs.append(data)
        records.append(struct.pack('<HHI', pid, ptype, len(allocs) << 5))
    allocs[1] = b''.join(records)
    allocs[0] = struct.pack('<BBBBI', 0xB5, 2, 6, 0, 2 << 5)
    return heap(allocs, 1)


# ---- the node database ----

def page(entries, entry_size, bid, ptype):
    p = bytearray(PAGE)
    off = 0
    for e in entries:
        p[off:off + len(e)] = e
        off += entry_size
    struct.pack_into('<BBBB', p, 488, len(entries), 488 // entry_size,
                     entry_size, 0)
    struct.pack_into('<BBHIQ', p, 496, ptype, ptype, 0, 0, bid)
    return bytes(p)


def block(data, bid):
    size = len(data) + 16
    size += -size % 64
    out = bytearray(size)
    out[:len(data)] = data
    struct.pack_into('<HHIQ', out, size - 16, len(data), 0, 0, bid)
    return bytes(out)


def btree(entries, entry_size, ptype, first_bid, at, out):
    """Pages of a B-tree over sorted entries (key = first 8 bytes),
    appended to out at offset 'at'; returns (root bid, root offset,
    next bid). Leaves hold 488 // entry_size entries, other levels 20."""
    level, bid = 0, first_bid
    refs = []
    per = 488 // entry_size
    for i in range(0, max(len(entries), 1), per):
        chunk = entries[i:i + per]
        p = bytearray(page(chunk, entry_size, bid, ptype))
        out += p
        refs.append((chunk[0][:8] if chunk else b'\0' * 8, bid, at))
        at += PAGE
        bid += 4
    while len(refs) > 1:
        level += 1
        up = []
        for i in range(0, len(refs), 20):
            chunk = refs[i:i + 20]
            ents = [k + struct.pack('<QQ', b, o) for k, b, o in chunk]
            p = bytearray(page(ents, 24, bid, ptype))
            p[491] = level
            out += p
            up.append((chunk[0][0], bid, at))
            at += PAGE
            bid += 4
        refs = up
    return refs[0][1], refs[0][2], bid


def pst(nodes, fix=None):
    """nodes: [(nid, parent nid, pc bytes)] sorted by nid."""
    out = bytearray(0x4400)  # header, then room as real files have
    bbt, nbt = [], []
    bid = 4
    for nid, parent, data in nodes:
        at = len(out)
        out += block(data, bid)
        bbt.append(struct.pack('<QQHHI', bid, at, len(data), 2, 0))
        nbt.append(struct.pack('<QQQII', nid, bid, 0, parent, 0))
        bid += 4
    out += b'\0' * (-len(out) % PAGE)
    nbt_at0 = len(out)
    nbt_bid, nbt_at, bid = btree(nbt, 32, 0x81, 0x100000000, len(out), out)
    bbt_bid, bbt_at, bid = btree(bbt, 24, 0x80, bid, len(out), out)
    head = bytearray(564)
    head[0:4] = b'!BDN'
    head[8:10] = b'SM'
    struct.pack_into('<HHBB', head, 10, 23, 19, 1, 1)
    struct.pack_into('<Q', head, 32, bid)   # bidNextP
    struct.pack_into('<Q', head, 184, len(out))  # ibFileEof
    struct.pack_into('<QQQQ', head, 216, nbt_bid, nbt_at, bbt_bid, bbt_at)
    head[512] = 0x80  # bSentinel
    head[513] = 0     # bCryptMethod: none
    struct.pack_into('<Q', head, 516, bid)  # bidNextB
    out[:564] = head
    if fix:
        fix(out, nbt_at0, bbt_at)
    return bytes(out)


# ---- the mailbox ----

def folder(name, count, subfolders):
    return property_context([
        (0x3001, 0x001F, name),
        (0x3602, 0x0003, count),
        (0x3603, 0x0003, 0),
        (0x360A, 0x000B, 1 if subfolders else 0),
    ])


def mail(subject, name, addr, when, msgid, body, reply_to=None):
    props = [
        (0x001A, 0x001F, 'IPM.Note'),
        (0x0037, 0x001F, subject),
        (0x0039, 0x0040, when),
        (0x0C1A, 0x001F, name),
        (0x0C1F, 0x001F, addr),
        (0x1000, 0x001F, body),
        (0x1035, 0x001F, msgid),
    ]
    if reply_to:
        props.append((0x1042, 0x001F, reply_to))
    return property_context(props)


ENTRYID = struct.pack('<I16sI', 0, b'\x11' * 16, NID_TOP)
store = property_context([
    (0x3001, 0x001F, 'Personal Folders'),
    (0x35DF, 0x0003, 0x89),
    (0x35E0, 0x0102, ENTRYID),
])
INBOX, SUPPORT, SENT = 0x8022, 0x8042, 0x8062
nodes = [
    (NID_STORE, 0, store),
    (NID_ROOT, NID_ROOT, folder('', 0, True)),
    (NID_TOP, NID_ROOT, folder('Top of Personal Folders', 0, True)),
    (INBOX, NID_TOP, folder('Inbox', 2, True)),
    (SUPPORT, INBOX, folder('Acme Support', 1, False)),
    (SENT, NID_TOP, folder('Sent Items', 2, False)),
    (0x200024, SENT, mail(
        'Refund for order 4471', 'Anna Petrova', 'anna@me.example',
        filetime(2026, 11, 9, 7, 0), '<m1@me.example>',
        'Hello,\r\n\r\nI returned order 4471 on 2 November. Please refund '
        'the 120 EUR to my card.\r\n\r\nAnna')),
    (0x200044, SUPPORT, mail(
        'Re: Refund for order 4471 [Request #7719]', 'Acme Support',
        'support@acme.example', filetime(2026, 11, 10, 9, 0),
        '<a1@acme.example>',
        'Dear Anna,\r\n\r\nyour request #7719 has been received and '
        'assigned to our team. We will reply within 2 business days.\r\n'
        '\r\nAcme Support', '<m1@me.example>')),
    (0x200064, SENT, mail(
        'Re: Refund for order 4471 [Request #7719]', 'Anna Petrova',
        'anna@me.example', filetime(2026, 11, 13, 15, 0), '<m2@me.example>',
        'It has been more than two business days. Where is my refund?',
        '<a1@acme.example>')),
    (0x200084, INBOX, mail(
        'Re: Refund for order 4471 [Request #7719]', 'Acme Support',
        'support@acme.example', filetime(2026, 11, 16, 12, 0),
        '<a2@acme.example>',
        'Dear Anna,\r\n\r\nwe are unable to refund order 4471.\r\n\r\n'
        'Acme Support', '<m2@me.example>')),
    (0x2000A4, INBOX, mail(
        'Black Friday deals', 'Shop News', 'news@shop.example',
        filetime(2026, 11, 20, 6, 0), '<n1@shop.example>',
        'Our new autumn catalogue is online.')),
]


def big(n, path):
    """A mailbox of n e-mails of about 3 KB in one folder, for measuring
    (not a fixture): python3 make-pst.py --big N FILE."""
    body = ('This is line %d of a long message about an order. ' * 60)
    top = nodes[:3] + [(INBOX, NID_TOP, folder('Inbox', n, False))]
    mails = [(0x200024 + 0x20 * i, INBOX, mail(
        'Order %d' % i, 'Acme Support', 'support@acme.example',
        filetime(2026, 11, 1 + i % 28, 9, 0), '<b%d@acme.example>' % i,
        body % ((i,) * 60))) for i in range(n)]
    write(path, pst(top + mails))


def write(path, data):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


import sys
if len(sys.argv) == 4 and sys.argv[1] == '--big':
    big(int(sys.argv[2]), sys.argv[3])
    sys.exit(0)
good = pst(nodes)
write('pst/support.pst', good)
write('hostile/truncated.pst', good[:0x4400 + 700])


def self_loop(out, nbt_at, bbt_at):
    """The NBT root becomes an intermediate page whose one entry points
    back at itself (same page, same back link)."""
    bid = struct.unpack_from('<Q', out, 216)[0]
    p = bytearray(PAGE)
    struct.pack_into('<QQQ', p, 0, NID_STORE, bid, nbt_at)
    struct.pack_into('<BBBB', p, 488, 1, 20, 24, 1)
    struct.pack_into('<BBHIQ', p, 496, 0x81, 0x81, 0, 0, bid)
    out[nbt_at:nbt_at + PAGE] = p


write('hostile/btree-loop.pst', pst(nodes, self_loop))


def huge_count(out, nbt_at, bbt_at):
    out[nbt_at + 488] = 0xFF  # more entries than a page holds


write('hostile/btree-count.pst', pst(nodes, huge_count))

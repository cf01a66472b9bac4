# an extra pattern file: one new ticket pattern
lang en

pattern test.ticket.acme
type ticket
regex \bACME-(?<id>[0-9]{4,8})\b
ok your case is ACME-12345
no ACME-12 is a model name

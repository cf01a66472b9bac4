# a pattern without a regex
pattern test.ticket.empty
type ticket
ok ticket 1

pattern test.ticket.next
type ticket
regex x

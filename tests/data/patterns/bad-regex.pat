# a regex that does not compile: reported with file, line, id
lang en

pattern test.ticket.broken
type ticket
regex Ticket (?<id>[0-9]+
ok Ticket 123
no nothing

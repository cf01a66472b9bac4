# a pattern file with a directive the loader does not know
lang en

pattern test.ticket.one
type ticket
regx ticket (?<id>[0-9]+)

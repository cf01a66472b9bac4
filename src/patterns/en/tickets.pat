# en/tickets.pat - built-in English patterns of escalate: ticket numbers.
#
# Format: docs/patterns.md. Every pattern carries "ok" examples that must
# match and "no" examples (traps) that must not; the unit tests run them
# all. Patterns are caseless unless "flags -". Use [0-9], not \d.
# Language-neutral ticket formats (Zendesk/Freshdesk brackets, ServiceNow,
# OTRS/Znuny, Jira) live here.

lang en

# ------------------------------------------------------------------
# Tickets: the group "id" is the value.

pattern en.ticket.bracket
type ticket
regex \[#\s*(?<id>(?:[A-Z][A-Z0-9]{0,9}-)?[0-9]{2,12})\]
ok Re: Printer broken [#48213]
ok [#1234] Cannot log in
ok Re: [#Acme-1234] refund
no [#] empty
no see [1234]
no call [+1 555 0100]

pattern en.ticket.hash
type ticket
regex \b(?:(?:support\s+)?request|ticket|case|incident|conversation|complaint|enquiry|inquiry|issue)\s+
regex (?:#|no\.|number|nr\.?|ID)\s*:?\s*#?\s*(?<id>(?:[A-Z][A-Z0-9]{0,9}-)?[0-9](?:[0-9]|-(?=[0-9])){1,19})\b
ok Request #48213: Printer broken
ok Your Ticket #1234 has been updated
ok case #123 was reopened
ok ticket number 556677
ok your complaint no. 2026-4411 is open
ok Incident ID: 88172
no order #12345 has shipped
no call 1-800-555-0199
no refund of $1,234.56
no ticket price 50

pattern en.ticket.ticket-bare
type ticket
regex \b(?:ticket|case)\s+(?<id>[0-9]{4,12})\b(?!\s*(?:items?|people|times|days|USD|EUR|dollars))
ok Ticket 58213 has been updated
ok we reopened case 449812
no 2 tickets for 2026
no case 12 times
no ticket 123

pattern en.ticket.servicenow
type ticket
regex \b(?<id>(?:INC|RITM|REQ|SCTASK|TASK|CHG|PRB|CS|HRC|SIR)[0-9]{7,10})\b
ok Incident INC0012345 has been opened
ok RITM0045512 approved
ok your case CS0001234
ok ref inc0012345
no INC123
no Chicago 60601
no CSS3 styles

pattern en.ticket.otrs
type ticket
regex \b(?:Ticket|Call|Case)#\s*:?\s*(?<id>[0-9]{4,20})\b
ok [Ticket#2026112810000012] Your request
ok Re: invoice [Ticket#: 31001]
ok Case#00451
no Ticket # sold out
no ticket#12
no card 4111111111111111

pattern en.ticket.jira
type ticket
regex (?:\b(?:ticket|case|issue|request|incident|bug|task)|\[JIRA\])\s*(?:#|no\.|number|key|ID)?\s*:?\s*\(?
regex (?!(?:COVID|UTF|SHA|ISO|CVE|MP|RFC|PCI|TLS|SSL|HTTP|ISBN)-)(?-i:(?<id>[A-Z][A-Z0-9]{1,9}-[0-9]{1,7}))\b
ok I opened ticket ABC-123 yesterday
ok case SUP-42 is still open
ok [JIRA] (HELP-7781) Refund not received
ok issue key: PAY-1024
no the ticket about COVID-19
no the issue with UTF-8 encoding
no SUP-42 alone
no ticket abc-123

pattern en.ticket.case-number
type ticket
regex \b(?:case|reference|ref\.?|claim)\s*(?:number|no\.|num\.?|#)\s*(?:is\s+)?:?\s*(?<id>[0-9]{5,10})\b
ok Case Number: 00012345
ok Your reference number is 5512345
ok claim no. 778812
no order number 12345
no case number pending

pattern en.ticket.paren
type ticket
regex \b(?:request|ticket|case)\s*\(#?\s*(?<id>[0-9]{3,12})\)
ok Your request (48213) has been updated
ok Your ticket (#5521) was received
no your request (see below) was updated
no request (12) items

pattern en.ticket.jira-bracket
type ticket
flags -
regex (?<![A-Za-z0-9#])\[(?!(?:COVID|UTF|SHA|ISO|CVE|MP|RFC|PCI|TLS|SSL|HTTP|ISBN)-)(?<id>[A-Z][A-Z0-9]{1,9}-[0-9]{1,7})\]
ok Re: [SD-45] Laptop won't boot
ok [HELP-7781] Refund
no [COVID-19] rules
no [Sd-45] mixed case
no list[SD-45]

pattern en.ticket.salesforce-thread
type ticket
flags -
regex \bref:_[0-9A-Za-z]{5,18}\._(?<id>[0-9A-Za-z]{5,18}):ref\b
ok ref:_00D1a2b3C._5001a2B3c4D:ref
ok [ ref:_00Dxx1gEW._500xxYktg:ref ]
no ref:_00D1a2b3C:ref
no reference 5001a2B3c4D

pattern en.ticket.reference
type ticket
regex \b(?:reference|ref\.?)\s*:?\s*(?<id>[0-9]{3,6}-[0-9]{3,8})\b
ok An engineer visit is booked, reference 7741-2210.
ok ref: 1200-88712
no reference 2026
no call 555-0199

pattern en.ticket.list-first
type ticket
regex \b(?:requests|tickets|cases|incidents|complaints)(?:\s+[a-z]+){0,3}?\s+(?:\(\s*)?(?:nos?\.\s*)?#\s*(?<id>[0-9]{3,12})\b
regex (?=\s*(?:,|and|&|\))\s*#?\s*[0-9]{3,12}\b)
ok I've opened two requests about this (#40012 and #40019)
ok two tickets (#7781 and #7790)
ok tickets #5512, #5530 and #5601 are all the same problem
no two requests (#1 and #2)
no orders #40012 and #40019

# list-last and list-middle start their match at the id (\K), so that
# they do not overlap the list-first hit and all survive.
pattern en.ticket.list-last
type ticket
regex \b(?:requests|tickets|cases|incidents|complaints)(?:\s+[a-z]+){0,3}?\s+(?:\(\s*)?(?:nos?\.\s*)?#\s*[0-9]{3,12}
regex (?:\s*,\s*#?\s*[0-9]{3,12}){0,8}\s*,?\s*(?:and|&)\s*#?\s*\K(?<id>[0-9]{3,12})\b
ok I've opened two requests about this (#40012 and #40019)
ok tickets #5512, #5530 and #5601 are all the same problem
no orders #40012 and #40019
no tickets #5512 are open

pattern en.ticket.list-middle
type ticket
regex \b(?:requests|tickets|cases|incidents|complaints)(?:\s+[a-z]+){0,3}?\s+(?:\(\s*)?(?:nos?\.\s*)?#\s*[0-9]{3,12}
regex \s*,\s*#?\s*\K(?<id>[0-9]{3,12})\b(?=\s*,|\s+(?:and|&))
ok tickets #5512, #5530 and #5601 are all the same problem
no I've opened two requests about this (#40012 and #40019)
no orders #5512, #5530 and #5601

pattern en.ticket.regarding-key
type ticket
regex \b(?:regarding|concerning)\s*:?\s+
regex (?!(?:COVID|UTF|SHA|ISO|CVE|MP|RFC|PCI|TLS|SSL|HTTP|ISBN|SKU|PO|INV|ORD|RMA|GDPR|MX|CX|RX|GT|BA|EN|IEC|DIN|IEEE)-)
regex (?-i:(?<id>[A-Z]{2,10}-[0-9]{2,7}))(?=\s*[:,]|\s+(?:is|was|has|have)\b)
ok Hi Ravi, regarding SD-4410: we can't give you admin rights
ok Regarding OPS-3317, the certificate is renewed
ok concerning HELP-2291: the laptop is ready
no Regarding MX-5 parts: do you stock the front bumper?
no regarding COVID-19: masks are optional
no regarding sd-4410: lowercase
no regarding Boeing 737-800
no regarding the A320-200, it is old
no regarding SKU-12345: out of stock

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
regex \[##?\s*(?<id>(?:[A-Z][A-Z0-9]{0,9}-)?[0-9]{2,12}|[0-9]{2,6}-[0-9]{3,12})(?:##)?\]
ok Re: Printer broken [#48213]
ok [##35021##] Payment failed
ok [#685-123456] Ошибка оплаты
ok [#1234] Cannot log in
ok Re: [#Acme-1234] refund
no [#] empty
no see [1234]
no call [+1 555 0100]

pattern en.ticket.hash
type ticket
regex \b(?:(?:support\s+|service\s+)?request|ticket|case|incident|conversation|complaint|enquiry|inquiry|issue|claim|dispute|job|work\s+order|repair)
regex (?:\s+(?:#|no\.?|number|nr\.?|ID)(?:\s+is)?\s*:?|\s*:)\s*#?\s*(?<id>(?:[A-Z][A-Z0-9]{0,9}-)?[0-9](?:[0-9]|-(?=[0-9])){1,19})\b
ok Request #48213: Printer broken
ok Your Ticket #1234 has been updated
ok case #123 was reopened
ok ticket number 556677
ok Job number 551902 has been logged for you.
ok your complaint no. 2026-4411 is open
ok Incident ID: 88172
ok Your ticket number is 48213.
ok Ticket: 771203
ok Ticket No: 55120
ok claim #40012 is open
ok Your dispute number is D-448120.
no order #12345 has shipped
no ticket no longer valid
no call 1-800-555-0199
no refund of $1,234.56
no ticket price 50

pattern en.ticket.ticket-bare
type ticket
regex \b(?:ticket|case|request|incident|complaint|claim)\s+(?:(?:number|ID|reference)\s+)?(?:(?:is|was)\s+)?(?!(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})
regex (?<id>[0-9]{4,12}(?:-[0-9]{2,12})?)\b(?!\s*(?:items?|people|times|days|hours|USD|EUR|GBP|RUB|dollars|euros|pounds|rubles|roubles|%|[$€£₽]))
ok Ticket 58213 has been updated
ok we reopened case 449812
ok Request 77120 received
ok your complaint 2026-4411 is with the manager
ok Your ticket is 48213.
no the claim is 2000 dollars
no 2 tickets for 2026
no a request 5000 dollars
no your claim 2026-11-28
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
regex (?:\b(?:ticket|case|issue|request|incident|bug|task|claim|complaint|dispute|file|job|repair|investigation|enquiry|inquiry|work\s+order)|\[JIRA\])
regex (?:\s+(?:reference|ref\.?|number|no\.|key|ID))?(?:\s+for\s+you)?\s*[:,]?\s*\(?\s*#?\s*
regex (?!(?:COVID|UTF|SHA|ISO|CVE|MP|RFC|PCI|TLS|SSL|HTTP|ISBN)-)
regex (?-i:(?<id>(?:[0-9]{2,4}-)?[A-Z][A-Z0-9]{1,9}(?:-[A-Z]{2,6})?(?:-[0-9]{1,12}){1,3}))(?![A-Za-z0-9]|-[A-Za-z0-9])
ok I opened ticket ABC-123 yesterday
ok Work order WO-77341 has been raised for the plumber.
ok case SUP-42 is still open
ok [JIRA] (HELP-7781) Refund not received
ok issue key: PAY-1024
ok I have reviewed case DSP-2026-0201447 personally.
ok The airport gave me file reference ORD-BC-55871.
ok My car was damaged on January 30, claim number 26-APV-104887.
ok I've found your repair case, RMA-661042.
ok I've opened a delivery issue ticket for you, #DL-7741.
ok I've opened a Buyer Protection case for you: BP-2026-77413.
ok Your claim HC-26-004471 - escape of water
ok for the permit (case PKG-264471), the fee is due
no the ticket about COVID-19
no the issue with UTF-8 encoding
no SUP-42 alone
no ticket abc-123
no the case study of DSP-2026 plans
no we filed the paperwork on 2026-11-28

pattern en.ticket.case-number
type ticket
regex \b(?:case|reference|ref\.?|claim|loss|complaint|dispute|request|incident)\s*(?:number|no\.|num\.?|#)\s*(?:is\s+)?:?\s*
regex (?<id>[0-9]{5,10}|[0-9]{2,6}-[0-9]{3,10})(?![0-9]|-[0-9])
ok Case Number: 00012345
ok Your reference number is 5512345
ok claim no. 778812
ok Your loss number is 31-440921
ok complaint number 2026-4411
ok dispute no. 88123409
no order number 12345
no case number pending
no claim no. 1234

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
regex (?<![A-Za-z0-9#])\[\s*(?!(?:COVID|UTF|SHA|ISO|CVE|MP|RFC|PCI|TLS|SSL|HTTP|ISBN)-)(?<id>[A-Z][A-Z0-9]{1,9}(?:-[A-Z]{2,6})?(?:-[0-9]{1,12}){1,3})\s*\]
ok Re: [SD-45] Laptop won't boot
ok RE: Compensation claim - flight SV1127 [SV-26-0048812]
ok [HELP-7781] Refund
no [COVID-19] rules
no [Sd-45] mixed case
no list[SD-45]

pattern en.ticket.reference
type ticket
regex \b(?:reference|ref\.?)\s*:?\s*(?<id>[0-9]{3,6}-[0-9]{3,8})\b
ok An engineer visit is booked, reference 7741-2210.
ok ref: 1200-88712
no reference 2026
no call 555-0199

# "Your claim reference is SV-26-0048812", "Ref: NGE-2603-55190",
# "Reference for this chat: AQW-190126-0442": a reference introduced
# as one. Order, booking, invoice, policy and refund references are
# traps (en/traps.pat, cancels=ticket).
pattern en.ticket.reference-is
type ticket
regex \b(?:(?:claim|case|ticket|request|complaint|incident|enquiry|inquiry|file|job|repair|investigation|dispute|support|loss|your)\s+)?
regex (?:reference|ref\.?)(?:\s+(?:number|no\.?|ID|code))?(?:\s+for\s+(?:this|your)\s+[a-z]+)?
regex \s*(?:is|:|-|–)?\s*#?\s*
regex (?!(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9]))
regex (?-i:(?<id>[A-Z0-9]{1,10}(?:-[A-Z0-9]{1,12}){1,4}(?<=[0-9])|[A-Z]{1,6}[0-9]{3,12}|[0-9]{5,15}))(?![A-Za-z0-9]|-[A-Za-z0-9])
ok Your claim reference is SV-26-0048812.
ok Ref: NGE-2603-55190
ok Reference for this chat: AQW-190126-0442.
ok Your case reference is PKG-264471.
ok your reference: 5512345
ok Case reference: PKG-264471
ok Your reference ABC12345 is valid for 30 days.
no reference: your e-mail of 12 November
no Ref: 2026-11-28
no Reference: 2026
no reference is made to the contract

# "I've created request 2026011210442", "we opened case 88120 for you":
# a verb that makes a request, then the request with its number.
pattern en.ticket.verb-noun
type ticket
regex \b(?:created|opened|logged|raised|registered|filed|submitted)\s+(?:a\s+|the\s+|your\s+|an?\s+)?(?:new\s+)?(?:support\s+|service\s+|repair\s+|refund\s+|warranty\s+)?
regex (?:request|ticket|case|incident|complaint|claim|enquiry|inquiry)\s+(?:number\s+|no\.?\s*|ID\s+|ref(?:erence)?\s+)?#?\s*
regex (?!(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9]))
regex (?-i:(?<id>(?:[0-9]{2,4}-)?[A-Z][A-Z0-9]{1,9}(?:-[A-Z]{2,6})?(?:-[0-9]{2,12}){1,3}|[A-Z]{2,6}[0-9]{4,12}|[0-9]{2,6}-[0-9]{3,12}|[0-9]{5,15}))(?![A-Za-z0-9]|-[A-Za-z0-9])
ok I've created request 2026011210442 for your termination.
ok We opened case 88120 for you.
ok I have logged a new support ticket INC0048812.
no I created a request for 3 items
no we opened 12 new stores

# "I've logged this as maintenance job MJ-30418", "raised it with them
# under reference VM-CHG-30551", "registered with number RC-2026-1187",
# "logged as HELP-512": an id introduced by a verb.
pattern en.ticket.verb-as
type ticket
regex \b(?:logged|raised|opened|registered|recorded|filed|created|escalated|submitted|reported|assigned)\b
regex [^.!?\n]{0,40}?\b(?:as|under|with|to)\s+(?:(?:the|a|an|your)\s+)?(?:[a-z]+\s+){0,2}?
regex (?:(?:reference|ref\.?|number|no\.|ID)\s*:?\s*)?(?:number\s+)?#?
regex (?!(?:COVID|UTF|SHA|ISO|CVE|MP|RFC|PCI|TLS|SSL|HTTP|ISBN)-)(?!(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9]))
regex (?-i:(?<id>(?:[0-9]{2,4}-)?[A-Z][A-Z0-9]{1,9}(?:-[A-Z]{2,6})?(?:-[0-9]{2,12}){1,3}|[0-9]{2,6}-[0-9]{3,12}|[0-9]{5,15}))(?![A-Za-z0-9]|-[A-Za-z0-9])
ok I've logged this as maintenance job MJ-30418 and passed it on.
ok I've raised it with them under reference VM-CHG-30551.
ok your case is registered with number RC-2026-1187.
ok Your request has been registered under number 4471-0923.
ok It is logged as HELP-512.
ok I raised it with engineering as OPS-77.
ok I've opened a delivery investigation under reference CS-58120934.
no we opened the parcel with 2 items
no I registered with the site in 2019
no we filed the paperwork on 2026-11-28
no it was escalated to the manager

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

# A key alone at the end of a subject or a page title, after a dash or a
# colon ("Permit application received - PKG-264471"). Only there
# (meta where=subject): in a message's text such a key is too often a
# model or a part number.
pattern en.ticket.subject-key
type ticket
meta where=subject
regex (?:^|\s[-–—|]\s*|:\s*|\()(?-i:(?<id>[A-Z]{2,6}-[0-9]{4,10}))\)?\s*$
ok Resident parking permit application received - PKG-264471
ok Re: Refund request: RFD-55120
ok Damaged parcel (DLV-77120)
no Permit application PKG-264471 received
no Re: our meeting - ISO-9001 audit
no Re: Refund request: rfd-55120

# A key at the start of a subject, before the summary: "HELP-512 Laptop
# does not boot" (Jira Service Management's customer notifications).
pattern en.ticket.subject-key-start
type ticket
meta where=subject
flags -
regex ^(?:(?:[Rr][Ee]|RE|[Ff][Ww][Dd]?|FWD?|AW|WG|Отв|ОТВ|Fwd)\s*:\s*)*
regex (?!(?:COVID|UTF|SHA|ISO|CVE|MP|RFC|PCI|TLS|SSL|HTTP|ISBN)-)(?<id>[A-Z][A-Z0-9]{1,9}-[0-9]{1,7})\s+\S
ok HELP-512 Laptop does not boot
ok RE: SD-45 Printer is offline
no COVID-19 rules for visitors
no The HELP-512 laptop

# "Your case has been assigned the number 55120", "we've given it the
# reference QX-2210": a number assigned to the request.
pattern en.ticket.assigned-number
type ticket
regex \b(?:assigned|given|allocated)\b[^.!?\n]{0,30}?\b(?:reference|number|ID|ref\.?)(?:\s+(?:number|is))?\s*:?\s*#?\s*
regex (?!(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9]))
regex (?-i:(?<id>(?:[0-9]{2,4}-)?[A-Z][A-Z0-9]{1,9}(?:-[A-Z]{2,6})?(?:-[0-9]{2,12}){1,3}|[A-Z]{1,6}[0-9]{3,12}|[0-9]{2,6}-[0-9]{3,12}|[0-9]{5,15}))(?![A-Za-z0-9]|-[A-Za-z0-9])
ok Your case has been assigned the number 55120.
ok We have given it the reference QX-2210.
ok your request was allocated ID 4471-0923
no the engineer assigned to you will call
no we assigned the number 12 to the slot

# "Your ticket for the broken screen is #48213": the number given with
# '#' a few words after the ticket word.
pattern en.ticket.is-hash
type ticket
regex \b(?:ticket|case|request|claim|complaint|incident|reference)\b[^.!?\n#]{0,40}?\bis\s+#\s*
regex (?<id>(?-i:[A-Z][A-Z0-9]{1,9}-)?[0-9](?:[0-9]|-(?=[0-9])){2,19})\b
ok Your ticket for the broken screen is #48213.
ok The case about your refund is #DL-7741
no the case is 5 years old
no your request is #1 for us


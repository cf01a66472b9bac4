# en.pat - built-in English detection patterns of escalate.
#
# Format: docs/patterns.md. Every pattern carries "ok" examples that must
# match and "no" examples (traps) that must not; the unit tests run them
# all. Patterns are caseless unless "flags -". Use [0-9], not \d.
# Deadline patterns only find the time expression; the promise verb is a
# separate pattern (type promise) found in the same sentence.
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

# ------------------------------------------------------------------
# Deadlines: time expressions. meta expr= names the kind; where absent
# the unit group decides (see docs/patterns.md).

pattern en.deadline.within-n-units
type deadline
regex \b(?:within|in|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?
regex (?:(?:about|approximately|roughly|around|up\s+to|no\s+more\s+than|less\s+than|max(?:imum)?)\s+)?
regex (?<n>(?:[0-9]{1,3}(?:\.5)?|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|couple\s+of|a\s+few|few|several|an?))(?:\s*(?:-|–|—|to|or)\s*(?<n2>(?:[0-9]{1,3}(?:\.5)?|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|couple\s+of|a\s+few|few|several|an?)))?\s*(?<unit>(?:(?:business|working|work|banking)\s+days?|workdays?|calendar\s+days?|days?|hours?|hrs?|h|minutes?|mins?|weeks?|months?)\b)
ok We will reply within 48 hours
ok within 3 business days
ok in 1–2 working days
ok in 3 to 5 days
ok within 24h
ok within the next 48 hrs
ok in a week
ok in a month
ok within an hour
ok within forty-eight hours
ok in a couple of days
no in the past 3 days
no I have waited for 3 days
no in 2019
no within reason

pattern en.deadline.range
type deadline
regex (?<![0-9.,:])(?<!within\s)(?<!in\s)(?<!over\s)(?<!to\s)
regex (?<n>[0-9]{1,3})\s*(?:-|–|—|to)\s*(?<n2>[0-9]{1,3})\s+(?<unit>(?:(?:business|working|work|banking)\s+days|workdays|calendar\s+days|days|weeks)\b)
ok Please allow 5–7 business days
ok refunds take 3 to 5 days
ok usually 1-2 weeks
no open 9-5
no 24/7 support
no rated 4-5 stars

pattern en.deadline.between
type deadline
regex \bbetween\s+(?<n>(?:[0-9]{1,3}(?:\.5)?|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|couple\s+of|a\s+few|few|several|an?))\s+and\s+(?<n2>(?:[0-9]{1,3}(?:\.5)?|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|couple\s+of|a\s+few|few|several|an?))\s+(?<unit>(?:(?:business|working|work|banking)\s+days?|workdays?|calendar\s+days?|days?|hours?|hrs?|h|minutes?|mins?|weeks?|months?)\b)
ok between 3 and 5 business days
ok between two and three weeks
no between you and me
no between 9 and 5

pattern en.deadline.today
type deadline
meta expr=today
regex \b(?:today|tonight|later\s+today|this\s+(?:afternoon|evening))\b(?!(?:'|’)s)(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok we will fix it today
ok later today
ok today by 5pm
ok this afternoon
no I wrote yesterday
no today's update

pattern en.deadline.end-of-day
type deadline
meta expr=end-day
regex \b(?:(?:by|before|until|at)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+|work\s+)?(?:day|today)\b
regex |\b(?:EOD|COB|EOB)\b|\bclose\s+of\s+business\b
ok by end of day
ok by the end of the business day
ok by EOD
ok before close of business
no end of the week
no at the end of the road

pattern en.deadline.tomorrow
type deadline
meta expr=tomorrow
regex (?<!after\s)\btomorrow\b(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok we'll call you tomorrow
ok by tomorrow at 10:00
ok tomorrow before 6 pm
no the day after tomorrow
no tomorrowland festival

pattern en.deadline.after-tomorrow
type deadline
meta expr=after-tomorrow
regex \b(?:the\s+)?day\s+after\s+tomorrow\b(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok the day after tomorrow
ok by the day after tomorrow at 9 am
no tomorrow
no the day after the delivery

pattern en.deadline.weekday
type deadline
meta expr=weekday
regex \b(?:by|on|until|till|before|this|next|coming|no\s+later\s+than)\s+(?:this\s+|next\s+|the\s+|coming\s+)?
regex (?<weekday>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b)(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok we will refund you by Friday
ok on Monday
ok no later than Wednesday
ok by Fri at 5 pm
ok next Tuesday
no I have been waiting since Monday
no Mondays are busy
no Friday was a holiday

pattern en.deadline.end-week
type deadline
meta expr=end-week
regex \b(?:(?:by|before|until|till|at|towards?)\s+)?the\s+end\s+of\s+(?:this|the)\s+(?:business\s+|working\s+|work\s+)?week\b
regex |\b(?:by\s+)?(?:the\s+)?week(?:'|’)?s\s+end\b|\bEOW\b|\b(?:later\s+)?this\s+week\b
ok by the end of the week
ok before the end of this working week
ok later this week
ok by EOW
no the end of next week
no last week
no the weekend

pattern en.deadline.next-week
type deadline
meta expr=next-week
regex \b(?:(?:by|before|until)\s+)?(?:the\s+)?(?:end\s+of\s+|early\s+|later\s+)?next\s+week\b|\bin\s+the\s+coming\s+week\b
ok next week
ok by the end of next week
ok early next week
ok in the coming week
no last week
no this week

pattern en.deadline.end-month
type deadline
meta expr=end-month
regex \b(?:(?:by|before|until|till|at)\s+)?(?:the\s+)?end\s+of\s+(?:this|the)\s+month\b|\bEOM\b|\b(?:later\s+)?this\s+month\b
ok by the end of the month
ok by EOM
ok later this month
no end of last month
no next month

pattern en.deadline.date-month-day
type deadline
meta expr=date
regex (?<!\bof\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bdated\s)
regex \b(?:(?:by|on|until|till|before|no\s+later\s+than|due)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?
regex (?<month>(?:january|february|march|april|may(?!\s+(?:be|not|have|take|need|also|still|get|vary|require|i|we|you)\b)|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>20[0-9]{2})\b)?(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok by November 25th
ok Nov 25
ok on Friday, December 4, 2026
ok by Dec. 1 at 5 pm
no your order of November 12
no since March 3
no Nov 2026

pattern en.deadline.date-day-month
type deadline
meta expr=date
regex (?<!\bof\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bdated\s)(?<![0-9.,/])
regex \b(?:(?:by|on|until|till|before|no\s+later\s+than|due)\s+)?(?:the\s+)?
regex (?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>(?:january|february|march|april|may(?!\s+(?:be|not|have|take|need|also|still|get|vary|require|i|we|you)\b)|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)(?:,?\s+(?<year>20[0-9]{2})\b)?(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok 25 Nov 2026
ok by the 25th of November
ok on 3 December at 14:00
no order placed on 12 items
no since 3 March
no 2 may be enough

pattern en.deadline.date-numeric
type deadline
meta expr=date
regex (?<![0-9./-])(?<!\bof\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bdated\s)
regex (?:\b(?:by|on|until|till|before|no\s+later\s+than)\s+)?
regex (?<day>[0-3]?[0-9])/(?<month>[0-3]?[0-9])/(?<year>20[0-9]{2}|[0-9]{2})(?![0-9/])(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok by 25/11/2026
ok on 11/25/2026
ok 25/11/26
no 24/7 support
no your order of 12/11/2026
no 1/2/3/4

pattern en.deadline.date-dotted
type deadline
meta expr=date
regex \b(?:by|until|till|before|no\s+later\s+than)\s+
regex (?<day>0?[1-9]|[12][0-9]|3[01])\.(?<month>0?[1-9]|1[0-2])\.(?<year>20[0-9]{2})(?![0-9])(?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)?
ok by 25.11.2026
ok no later than 1.12.2026
no version 2.3.2026a
no since 25.11.2026

pattern en.deadline.date-iso
type deadline
meta expr=date
regex (?<![0-9-])(?<!\bof\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bdated\s)
regex (?<year>20[0-9]{2})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12][0-9]|3[01])
regex (?:[T\s](?<hour>[01][0-9]|2[0-3]):(?<minute>[0-5][0-9]))?(?![0-9])
ok by 2026-11-25
ok due 2026-12-01T18:00
no your order of 2026-11-25
no serial 2026-11-255

pattern en.deadline.time
type deadline
meta expr=time
regex (?<![0-9]\s)\b(?:by|before|until|till|no\s+later\s+than|at)\s+(?<hour>[01]?[0-9]|2[0-4])
regex (?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?
regex (?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?
ok we'll call by 6 pm
ok before 18:00
ok at 3pm EST
ok no later than 9:30 a.m.
no call us between 9 and 5
no at 5 stars
no from 9:00 until 18:00

pattern en.deadline.vague
type deadline
meta expr=vague
regex \b(?:as\s+soon\s+as\s+(?:possible|we\s+can)|ASAP|shortly|(?<!as\s)soon(?!\s+as\b)|in\s+due\s+course|promptly
regex |at\s+the\s+earliest\s+(?:opportunity|possible\s+time)|in\s+the\s+(?:very\s+)?near\s+future|right\s+away
regex |in\s+the\s+(?:next|coming)\s+(?:few\s+)?days)\b
ok we will get back to you as soon as possible
ok we'll reply shortly
ok a refund will be issued in due course
ok ASAP
ok we'll fix it soon
no as soon as we hear back from the warehouse
no sooner or later
no soonest

# ------------------------------------------------------------------
# Promises: the company commits. kind=reply (answer, call) or resolve.

pattern en.promise.we-will-reply
type promise
meta kind=reply
regex \b(?:we(?:'|’)ll|we\s+will|we\s+shall|I(?:'|’)ll|I\s+will|someone\s+will
regex |(?:they|he|she)(?:(?:'|’)ll|\s+will)|(?:our|a|the|your)\s+(?:[a-z]+\s+)?(?:team|agent|specialist|representative|colleague|manager
regex |engineers?|technicians?|courier|driver|supervisor|department|expert)\s+will)
regex \s+(?:(?:be\s+sure\s+to|definitely|certainly|promptly|personally|then|also|gladly|happily|try\s+to|aim\s+to)\s+)?
regex (?:get\s+back|reply|respond|contact|call|reach\s+out|update\s+you|let\s+you\s+know|follow\s+up|email\s+you
regex |write\s+(?:to\s+)?you|be\s+in\s+touch|get\s+in\s+touch|come\s+back\s+to\s+you|answer|notify\s+you|inform\s+you)\b
ok We'll get back to you within 24 hours
ok we will reply by Friday
ok I’ll call you tomorrow
ok our team will contact you shortly
ok we will definitely let you know
ok They will contact you shortly
ok the billing team will call you back by Friday
ok she'll get back to you tomorrow
no we won't contact you
no they will not call you
no will they contact me?
no they contacted me yesterday
no we replied yesterday
no we will not respond
no if you don't hear from us

pattern en.promise.you-will-hear
type promise
meta kind=reply
regex \byou(?:(?:'|’)ll|\s+will|\s+should)\s+(?:hear\s+(?:back\s+)?from\s+us|(?:receive|get)\s+(?:a|an|our)\s+
regex (?:reply|response|answer|call|update|email|follow-up))\b|\bexpect\s+(?:a|an|our)\s+(?:reply|response|answer|call|update)\b
ok you'll hear back from us within 2 days
ok you will receive a response by Monday
ok expect a reply shortly
no you will receive an invoice
no I expect you to call

pattern en.promise.we-will-resolve
type promise
meta kind=resolve
regex \b(?:we(?:'|’)ll|we\s+will|we\s+shall|we\s+are\s+going\s+to|we(?:'|’)re\s+going\s+to|I(?:'|’)ll|I\s+will
regex |(?:they|he|she)(?:(?:'|’)ll|\s+will)
regex |(?:our|the|your)\s+(?:[a-z]+\s+)?(?:team|engineers?|technicians?|developers|courier|driver|department|specialists?)\s+will)
regex \s+(?:(?:be\s+sure\s+to|definitely|certainly|promptly|personally|then|also|try\s+to|aim\s+to|need\s+to)\s+)?
regex (?:fix|resolve|refund|process|issue|investigate|look\s+into|send|ship|replace|repair|credit|reimburse|sort
regex |deliver|reverse|restore|review|escalate|handle|take\s+care|make\s+sure|deploy|roll\s+out|release|install|activate
regex |unlock|reinstate|reactivate|transfer|pay|dispatch|collect|pick\s+up|arrange|reset|waive|apply|push|patch
regex |have\s+(?:this|it|that|the\s+[a-z]+|your\s+[a-z]+)\s+(?:fixed|resolved|sorted|ready|done|repaired|replaced|restored|delivered|shipped|working|back)
regex |cancel|compensate|return)\b
ok We will refund you within 5 business days
ok we'll fix this by Friday
ok our engineers will investigate today
ok I'll escalate this to my manager
ok we are going to replace the unit
ok We will deploy it to your workspace within 3 business days
ok our server team will have it fixed within 4 hours
ok we'll have your order delivered by Monday
ok we'll ship the replacement tomorrow
ok they will reimburse the fee by Friday
no we won't refund you
no we deployed it yesterday
no our team will not deploy on weekends
no will you have it fixed today?
no we fixed it yesterday
no will you refund me?

pattern en.promise.passive
type promise
meta kind=resolve
regex \b(?:will|should|shall)\s+be\s+(?:fully\s+|completely\s+)?(?:fixed|resolved|processed|refunded|delivered|credited
regex |shipped|restored|replaced|reversed|completed|sorted|reviewed|reimbursed|returned|deployed|dispatched|issued)\b
regex |\b(?:refund|money|funds|payment|credit|package|parcel|order|replacement)\s+(?:will|should)\s+
regex (?:arrive|reach\s+you|appear|show\s+up|be\s+(?:back|visible))\b
ok the issue should be resolved by Friday
ok your refund will be processed within 5 days
ok it will be fixed tomorrow
ok the refund should arrive within 3 business days
no the issue has been resolved
no the ticket will be closed
no it was refunded

pattern en.promise.you-will-receive
type promise
meta kind=resolve
regex \byou(?:(?:'|’)ll|\s+will|\s+should)\s+(?:receive|get|see)\s+(?:your\s+|a\s+|the\s+)?(?:full\s+)?
regex (?:refund|money|replacement|credit|reimbursement|package|parcel|order|funds)\b
regex |\bexpect\s+(?:your|the|a)\s+(?:full\s+)?(?:refund|replacement|credit|reimbursement)\b
regex |\bplease\s+allow\s+(?:up\s+to\s+)?
ok you will receive your refund within 10 days
ok You should see the credit by Monday
ok expect your refund in 3-5 business days
ok Please allow 5–7 business days
no you will receive an email
no did you receive my refund?

# ------------------------------------------------------------------
# Claims: the customer restates the company's promise.

pattern en.claim.promised-reply
type claim
meta kind=reply
regex \byou\s+(?:had\s+)?promised\s+(?:me\s+|us\s+)?(?:to\s+)?(?:call|reply|respond|get\s+back|contact|email|answer|write)\b
ok you promised to call me back by Friday
ok You promised me to reply within 48 hours
no I promised to call my mother
no you promised a refund

pattern en.claim.you-promised
type claim
regex \byou\s+(?:had\s+)?promised\b(?!\s+(?:me\s+|us\s+)?(?:to\s+)?(?:call|reply|respond|get\s+back|contact|email|answer|write)\b)
regex |\b(?:I|we)\s+(?:was|were|had\s+been|have\s+been)\s+promised\b
regex |\byou\s+said\s+(?:that\s+)?(?:it|you|this|I|the\s+\w+|my\s+\w+)\s+(?:would|will|should)\b|\byou\s+said\s+(?:that\s+)?(?:it|you|this)(?:'|’)d\b
regex |\bI\s+was\s+told\s+(?:that\s+)?(?:it|you|this|I|the\s+\w+|my\s+\w+)\s+(?:would|will|should)\b
regex |\byou\s+told\s+me\b|\byou\s+(?:assured|guaranteed)\s+(?:me|us)\b
regex |\byour\s+(?:agent|colleague|representative|support(?:\s+team)?|rep)\s+(?:promised|said|told\s+me)\b
ok you promised a refund by Friday
ok I was promised a callback within 24 hours
ok you said it would be fixed by Monday
ok I was told the refund would arrive in 5 days
ok you told me it would take 3 days
ok your agent promised a replacement
no I promise to pay
no you said hello
no we promised nothing
no you promised to call me

pattern en.claim.kind-resolve
type claim
meta kind=resolve
regex \byou\s+(?:had\s+)?promised\s+(?:me\s+|us\s+)?(?:to\s+)?(?:fix|resolve|refund|replace|repair|deliver|send|ship|return|credit|compensate)\b
ok you promised to refund me by November 20
ok You promised to fix it within 3 days
no you promised to call
no I promised to fix it

# ------------------------------------------------------------------
# Templates: canned phrases; weight = how strongly one phrase marks a
# canned reply.

pattern en.template.important
type template
meta weight=0.6
regex \byour\s+(?:request|call|inquiry|enquiry|feedback|business|satisfaction|message|ticket|case|concern)\s+
regex (?:is|are)\s+(?:very\s+|extremely\s+|really\s+)?important\s+to\s+us\b
ok Your request is important to us
ok your call is very important to us
no this is important to me
no your request has been received

pattern en.template.patience
type template
meta weight=0.4
regex \bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:your\s+)?(?:continued\s+)?(?:patience|understanding|bearing\s+with\s+us)\b
regex |\bwe\s+(?:really\s+)?appreciate\s+your\s+(?:patience|understanding)\b
ok Thank you for your patience
ok thanks for bearing with us
ok We appreciate your understanding
no thank you for the refund
no my patience is running out

pattern en.template.forwarded
type template
meta weight=0.5
regex \b(?:forwarded|escalated|passed|referred|transferred|sent|assigned)\s+(?:(?:this|it|your\s+(?:request|case|ticket|issue|concern|query|feedback|message))\s+)?
regex (?:on\s+)?to\s+(?:the|our)\s+(?:relevant|appropriate|responsible|concerned|dedicated|specialist|specialized|technical|internal)
regex \s+(?:team|department|specialists?|unit)\b
ok your request has been forwarded to the relevant department
ok we have passed this on to the appropriate team
ok escalated to our technical team
no forwarded to your email address
no passed the test

pattern en.template.apologize
type template
meta weight=0.4
regex \b(?:(?:we|I)\s+(?:sincerely\s+|do\s+|truly\s+)?apologi[sz]e|(?:we(?:'|’)re|I(?:'|’)m)\s+(?:very\s+|so\s+)?sorry|sorry|apologies)
regex \s+for\s+(?:any|the|all\s+the)\s+inconvenience(?:\s+(?:this|caused))?
ok We apologize for the inconvenience
ok sorry for any inconvenience caused
ok Apologies for any inconvenience
no sorry for the late reply
no an inconvenience for everyone

pattern en.template.generic-advice
type template
meta weight=0.5
regex \bclear\s+(?:your\s+)?(?:browser(?:(?:'|’)s)?\s+)?(?:cache|cookies)\b
regex |\b(?:restart|reboot|reinstall|update)\s+(?:the\s+|your\s+)?(?:app|application|device|phone|router|computer|browser|modem)\b
regex |\btry\s+(?:using\s+)?(?:a\s+)?(?:different|another)\s+browser\b|\bincognito\s+(?:mode|window)\b
regex |\bmake\s+sure\s+(?:you\s+have|(?:that\s+)?you(?:'|’)re\s+using|(?:that\s+)?you\s+are\s+using)\s+the\s+latest\s+version\b
regex |\bcheck\s+your\s+(?:internet\s+)?connection\b|\blog\s+out\s+and\s+(?:log\s+)?back\s+in\b
ok Please clear your cache and cookies
ok restart the app and try again
ok try a different browser
ok make sure you have the latest version
no I already restarted twice
no the cache was full

pattern en.template.automated
type template
meta weight=0.7
regex \bthis\s+is\s+an\s+automa(?:ted|tic)\s+(?:reply|response|message|email|notification)\b
regex |\b(?:automatically[-\s]generated|auto-?generated)\s+(?:message|email|reply|response)\b
regex |\b(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:e-?mail|message)\b|\bauto-?reply\b
ok This is an automated reply
ok This is an automatically generated email
ok Please do not reply to this email
no reply to this email with your order number
no automated tests passed

pattern en.template.thanks-contacting
type template
meta weight=0.2
regex \bthank(?:s|\s+you)\s+for\s+(?:contacting|reaching\s+out\s+to|writing\s+to|getting\s+in\s+touch\s+with|choosing)\s+(?:us|our)\b
ok Thank you for contacting us
ok Thanks for reaching out to us
no thank you for the reply
no contacting us is easy

pattern en.template.received
type template
meta weight=0.3
regex \bwe(?:\s+have|(?:'|’)ve)\s+received\s+your\s+(?:request|message|email|inquiry|enquiry)\b
regex |\byour\s+(?:request|ticket|case|message)\s+has\s+been\s+(?:received|logged|created|registered)\b
regex |\brest\s+assured\b|\bour\s+team\s+is\s+(?:currently\s+)?(?:looking\s+into|working\s+on|investigating)\b
regex |\bwe(?:'|’)ll\s+keep\s+you\s+(?:updated|posted|informed)\b
regex |\bdue\s+to\s+(?:a\s+)?(?:high|higher\s+than\s+(?:usual|normal)|increased|unusually\s+high)\s+(?:volume|demand)\b
ok We have received your request
ok your ticket has been created
ok Rest assured, our team is looking into it
ok Due to high volume, replies may be delayed
no I have received your parcel
no we received nothing

pattern en.template.closing
type template
meta weight=0.2
regex \bis\s+there\s+anything\s+else\s+(?:I|we)\s+can\s+(?:help|assist|do)\b
regex |\b(?:please\s+)?(?:do\s+not|don(?:'|’)t)\s+hesitate\s+to\s+(?:contact|reach|get\s+in\s+touch)\b
ok Is there anything else I can help you with?
ok Don't hesitate to contact us
no anything else?
no I hesitate to ask

# ------------------------------------------------------------------
# Refusals.

pattern en.refusal.unable
type refusal
regex \b(?:we|I)(?:\s+(?:are|am|were)|(?:'|’)re|(?:'|’)m)\s+(?:unfortunately\s+|afraid\s+we\s+are\s+|sadly\s+)?
regex (?:unable|not\s+able|not\s+in\s+a\s+position)\s+to\b(?!\s+(?:reproduce|reach\s+you|contact\s+you|locate\s+your|find\s+your|connect))
ok We are unable to refund this order
ok unfortunately we're not able to offer a replacement
ok I'm not in a position to approve this
no we were unable to reproduce the issue
no we were unable to reach you by phone
no you are unable to log in

pattern en.refusal.cannot
type refusal
regex \b(?:we|I)\s+(?:cannot|can\s*not|can(?:'|’)t|won(?:'|’)t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+
regex (?:offer|provide|issue|process|approve|grant|give|make|accept|honou?r|refund|reimburse|replace|exchange|cancel
regex |reverse|compensate|help|assist|change|reinstate|restore|extend|waive)\b
ok we cannot refund digital purchases
ok We can't offer a discount
ok I'm afraid I cannot help with that
ok we won't be able to process your return
no we can't wait to help you
no I can't log in
no we can help with that

pattern en.refusal.regret
type refusal
regex \bwe\s+regret\s+to\s+inform\b|\bregrettably\b
regex |\bwe\s+(?:must|have\s+to|will\s+have\s+to|are\s+forced\s+to)\s+(?:respectfully\s+)?(?:decline|deny|reject|refuse)\b
regex |\bour\s+decision\s+is\s+final\b|\b(?:cannot|can(?:'|’)t)\s+make\s+an\s+exception\b
ok We regret to inform you that your claim was rejected
ok we must decline your request
ok Our decision is final
ok we cannot make an exception
no I regret buying this
no we will decline nothing

pattern en.refusal.declined
type refusal
regex \b(?:request|claim|application|refund|return|appeal|complaint|order|chargeback|dispute|case|warranty|exchange
regex |replacement|compensation|reimbursement|cancellation|it|this|that)\s+
regex (?:has\s+been|have\s+been|was|were|is|are)\s+(?:been\s+)?(?:declined|denied|rejected|refused)\b
regex (?!\s+by\s+(?:the\s+|your\s+|their\s+|its\s+|an?\s+)?(?:[a-z0-9'’.-]+\s+){0,2}?
regex (?:server|servers|system|filter|firewall|gateway|bank|issuer|provider|host|network|browser|processor|app|device|carrier)\b)
regex |\bwe(?:\s+have|(?:'|’)ve)?\s+(?:declined|denied|rejected|refused)\s+(?:your|the|this)\b
ok your refund request has been denied
ok the claim was rejected
ok Your application is declined
ok Your request has been rejected
ok We have declined your claim
ok your refund was declined by our returns team
no your request was not denied
no access granted
no the reset emails were rejected by your domain's mail server
no it was rejected by the spam filter
no your card was declined
no the emails were refused by the receiving server

pattern en.refusal.not-eligible
type refusal
regex \b(?:not\s+eligible|ineligible)\s+for\b|\b(?:does\s+not|doesn(?:'|’)t|do\s+not|don(?:'|’)t)\s+qualify\b
regex |\bcannot\s+be\s+(?:refunded|returned|exchanged|reimbursed|reversed|cancell?ed)\b
regex |\b(?:outside|out)\s+(?:of\s+)?(?:our|the)\s+(?:policy|return\s+window|refund\s+(?:period|window)|warranty(?:\s+period)?)\b
regex |\bnot\s+covered\s+by\s+(?:the|our|your)\s+(?:warranty|policy|guarantee)\b|\byou\s+are\s+not\s+entitled\s+to\b
ok this order is not eligible for a refund
ok it does not qualify for a replacement
ok the item cannot be refunded
ok this is outside of our policy
ok the damage is not covered by the warranty
no you are eligible for a refund
no it can be refunded

# ------------------------------------------------------------------
# Justification markers.

pattern en.justification.policy
type justification
regex \baccording\s+to\s+(?:our|the)\s+(?:policy|policies|terms|rules|conditions|agreement|contract|guidelines
regex |(?:refund|return|privacy)\s+policy|warranty|terms\s+(?:of\s+service|and\s+conditions))\b
regex |\bper\s+our\s+(?:policy|terms|rules)\b
ok according to our policy
ok According to the terms of service
ok per our policy, refunds take 14 days
no according to the courier
no according to you

pattern en.justification.section
type justification
regex \bas\s+per\s+(?:section|clause|article|paragraph|our|the)\b
regex |\bunder\s+(?:section|clause|article|paragraph)\s+[0-9]|\b(?:section|clause)\s+[0-9]+(?:\.[0-9]+)*\s+of\s+(?:our|the)\b
regex |\bin\s+accordance\s+with\b|\bpursuant\s+to\b|\b(?:for|due\s+to)\s+security\s+reasons\b
ok as per section 4.2
ok under clause 7 of the agreement
ok in accordance with the law
ok for security reasons
no in a section of the page
no as usual

# ------------------------------------------------------------------
# Resolutions.

pattern en.resolution.fixed
type resolution
regex \b(?:issue|problem|bug|error|matter|fault|outage|incident|ticket|request|case)\s+(?:has|have)\s+(?:now\s+|already\s+)?been\s+
regex (?:successfully\s+|fully\s+)?(?:fixed|resolved|solved|addressed|corrected|sorted(?:\s+out)?|restored)\b
regex |\b(?:issue|problem|bug|error|outage)\s+(?:is|was)\s+(?:now\s+)?(?:fixed|resolved|solved)\b
ok The issue has been fixed
ok your problem has now been resolved
ok the bug is now fixed
no the issue has not been fixed
no the issue will be resolved soon
no the problem is not resolved

pattern en.resolution.refunded
type resolution
regex \b(?:refund|credit|reimbursement|chargeback|reversal)\s+(?:has|have)\s+(?:now\s+|already\s+)?been\s+
regex (?:successfully\s+)?(?:processed|issued|completed|approved|credited|sent|made|initiated)\b
regex |\b(?:we|I)(?:\s+have|(?:'|’)ve)\s+(?:now\s+|already\s+|just\s+)?(?:refunded|credited|reimbursed|reversed|restored|replaced
regex |issued\s+(?:a|the|your)\s+(?:full\s+)?refund)\b
regex |\b(?:amount|money|funds|charge)\s+(?:has|have)\s+been\s+(?:refunded|credited|returned|reversed)\b
regex |\b(?:account|access|service)\s+has\s+been\s+(?:restored|reinstated|reactivated|unlocked)\b
ok Your refund has been processed
ok we have refunded the full amount
ok We've issued a full refund
ok the charge has been reversed
ok your access has been restored
no your refund will be processed
no we have not refunded you
no refund pending

pattern en.resolution.customer-works
type resolution
regex \bit(?:(?:'|’)s|\s+is)?\s+(?:now\s+)?work(?:s|ing)\s+(?:now|again|fine|perfectly)\b
regex |\b(?:that|this)\s+(?:fixed|solved|resolved)\s+(?:it|the\s+(?:issue|problem))\b|\b(?:problem|issue)\s+solved\b
regex |\b(?:I|we)(?:\s+have|(?:'|’)ve)?\s+(?:received|got)\s+(?:my|the|our)\s+(?:refund|money)\b
regex |\byou\s+can\s+close\s+(?:this|the|my)\s+(?:ticket|case|request)\b|\beverything\s+(?:is\s+)?work(?:s|ing)\s+(?:now|again|fine)\b
ok thanks, it works now
ok problem solved!
ok I received my refund, thank you
ok you can close this ticket
ok That fixed it
no it still doesn't work
no I have not received my refund
no does it work now?

# ------------------------------------------------------------------
# Escalation requests by the customer. meta request= says what for.

pattern en.escalation.solution
type escalation-request
meta request=solution
regex \b(?:provide|give|offer|propose)\s+(?:me\s+)?(?:with\s+)?a\s+(?:concrete|specific|real|actual|proper)\s+
regex (?:solution|resolution|answer|date|timeline|deadline)\b
regex |\bwhat\s+(?:exactly|specifically|concretely)\s+(?:will|are)\s+you\s+(?:do|doing|going\s+to\s+do)\b
regex |\bstop\s+sending\s+(?:me\s+)?(?:canned|template|generic|copy[-\s]paste)\b
regex |\b(?:you\s+)?(?:didn(?:'|’)t|did\s+not)\s+answer\s+my\s+question\b
regex |\b(?:I|we)\s+(?:really\s+|still\s+|now\s+)?(?:need|want|expect|demand|require|(?:would|'d|’d)\s+like)\s+(?:to\s+(?:get|see|have|receive)\s+)?
regex (?:a\s+|an\s+)?(?:concrete|specific|real|actual|proper|clear|definite)\s+(?:solution|resolution|answer|date|timeline|deadline|plan|action)\b
regex |\btell\s+(?:me|us)\s+(?:exactly|specifically|concretely)\s+what\b|\btell\s+(?:me|us)\s+what\s+(?:exactly|specifically|concretely)\s+
regex (?:you\s+(?:will|are\s+going\s+to|intend\s+to|plan\s+to)|is\s+(?:being\s+done|wrong|happening))\b
ok Please provide a concrete solution
ok I need a concrete solution: either refund the money or explain
ok We expect a specific date for the refund
ok I demand a real answer
ok tell me exactly what is wrong with the return
ok tell me what exactly you will do
ok what exactly will you do about it?
ok stop sending me canned responses
ok you didn't answer my question
no a concrete wall
no what will you have for lunch
no we need a specific serial number from you
no I need a concrete mixer
no tell me what you think

pattern en.escalation.justification
type escalation-request
meta request=justification
regex \bon\s+what\s+(?:grounds|basis)\b
regex |\b(?:explain|state|provide|give|tell)\s+(?:me\s+)?(?:in\s+writing\s+)?the\s+(?:reason|grounds|basis|justification)\s+for\s+
regex (?:the|this|your)\s+(?:refusal|decision|denial|rejection)\b
regex |\bwhich\s+(?:policy|rule|clause|section|law)\s+(?:are\s+you|is\s+this)\s+(?:referring|based)\b
regex |\bjustify\s+(?:your|the|this)\s+(?:refusal|decision|denial)\b
ok On what grounds was my refund refused?
ok please explain the reason for the refusal in writing
ok which policy are you referring to?
no I have grounds for divorce
no the reason is unclear

pattern en.escalation.supervisor
type escalation-request
meta request=supervisor
regex \b(?:want|wish|would\s+like|need|demand|ask)\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?:a|your|the)\s+
regex (?:supervisor|manager|superior|team\s+lead(?:er)?|senior)\b
regex |\bplease\s+escalate\b|\b(?:want|need|ask|demand)\s+(?:you\s+)?(?:to\s+)?escalate\b
regex |\b(?:transfer|connect|put)\s+me\s+(?:to|through\s+to|with)\s+(?:a|your|the)\s+(?:supervisor|manager)\b
ok I want to speak to a supervisor
ok Please escalate this to your manager
ok connect me with your manager
ok I demand to escalate
no we have escalated your case
no my manager will call

pattern en.escalation.written
type escalation-request
meta request=written
regex \b(?:reply|respond|answer)\s+(?:to\s+me\s+)?in\s+writing\b|\b(?:a|your)\s+written\s+(?:response|reply|answer|confirmation)\b
regex |\bput\s+(?:it|this|that)\s+in\s+writing\b|\bconfirm\s+(?:this\s+|it\s+)?in\s+writing\b
ok Please reply in writing
ok I want a written response
ok put it in writing
no written by hand
no please explain the reason for the refusal in writing

# ------------------------------------------------------------------
# Traps: phrases that look like promises, refusals or resolutions but are
# not. meta cancels= names the type a hit cancels in the same sentence.

pattern en.not-promise.if-no-reply
type not-promise
meta cancels=deadline
regex \bif\s+you\s+(?:do\s+not|don(?:'|’)t)\s+(?:hear|receive|get)\s+(?:back\s+)?(?:from\s+us|a\s+(?:reply|response|answer))\b
regex |\bif\s+(?:we|I)\s+(?:do\s+not|don(?:'|’)t|cannot|can(?:'|’)t|fail\s+to)\s+(?:reply|respond|get\s+back|hear)\b
regex |\bif\s+you\s+(?:do\s+not|don(?:'|’)t)\s+(?:reply|respond|get\s+back)\b
regex |\b(?:this\s+|the\s+|your\s+)?(?:ticket|case|request)\s+will\s+be\s+(?:automatically\s+)?closed\b
regex |\byou\s+have\s+[0-9]+\s+(?:days|hours|weeks)\s+to\b
ok if you don't hear from us within 3 days, call us
ok If you do not reply within 7 days, this ticket will be closed
ok You have 30 days to return the item
no we will reply within 3 days
no you have been waiting

pattern en.not-promise.customer-plans
type not-promise
meta cancels=deadline
regex \bI(?:(?:'|’)ll|\s+will)\s+be\s+(?:away|out\s+of\s+(?:the\s+)?office|travell?ing|on\s+(?:vacation|holiday|leave))\b
regex |\bI(?:(?:'|’)m|\s+am)\s+(?:going|planning)\s+to\b|\bI(?:(?:'|’)ll|\s+will)\s+(?:call|email|write\s+to)\s+(?:you|them)\s+(?:again|myself)\b
ok I'll be away until Friday
ok I am planning to travel next week
no we'll be back to you by Friday
no you will be contacted

pattern en.not-promise.cant-wait
type not-promise
meta cancels=refusal
regex \b(?:can(?:'|’)t|cannot)\s+wait\b|\b(?:can(?:'|’)t|cannot)\s+thank\s+you\s+enough\b|\bno\s+problem\b
regex |\b(?:couldn(?:'|’)t|could\s+not)\s+be\s+happier\b
ok we can't wait to help you
ok No problem at all
no we cannot refund you
no problem with my card

pattern en.not-promise.unfortunately-but
type not-promise
meta cancels=refusal
regex \bunfortunately,?[^.!?\n]{0,100}?,?\s+but\s+(?:we|I)(?:(?:'|’)ve|\s+have)?\s+(?:already\s+)?
regex (?:refunded|fixed|resolved|sent|issued|credited|replaced|can|will|are\s+happy|would\s+be\s+happy)\b
ok Unfortunately the courier was late, but we have refunded the shipping fee
ok unfortunately we cannot offer a refund, but we can offer store credit
no unfortunately we cannot refund you
no but we refunded you

pattern en.not-promise.conditional-resolution
type not-promise
meta cancels=resolution
regex \b(?:once|when|after|until|if)\s+(?:the\s+|your\s+|this\s+)?(?:issue|problem|refund|bug)\s+(?:has\s+been|is|was)\s+
regex (?:resolved|fixed|processed|solved)\b
ok once the issue has been resolved, we'll let you know
ok if the problem is fixed, close the ticket
no the issue has been resolved
no we fixed the issue

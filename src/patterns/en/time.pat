# en/time.pat - built-in English patterns of escalate: deadlines (time expressions), promises and claims.
#
# Format: docs/patterns.md. Every pattern carries "ok" examples that must
# match and "no" examples (traps) that must not; the unit tests run them
# all. Patterns are caseless unless "flags -". Use [0-9], not \d.
# Deadline patterns only find the time expression; the promise verb is a
# separate pattern (type promise) found in the same sentence.

lang en

# Named sub-patterns (docs/patterns.md, "define"): the lexicons the
# deadline patterns below share, written once.
# A count: digits (with a half), a number word up to seventy-nine,
# "a couple of", "a few", "several", "a"/"an".
define en.num (?:[0-9]{1,3}(?:\.5)?|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|couple\s+of|a\s+few|few|several|an?)
# A unit of time after a count: business, working, banking and calendar
# days, days, hours, minutes, weeks, months.
define en.unit (?:(?:business|working|work|banking)\s+days?|workdays?|calendar\s+days?|days?|hours?|hrs?|h|minutes?|mins?|weeks?|months?)
# A time of day after a date or a day: ", by 5pm EST", "at 10:30".
define en.clock (?:\s*,?\s+(?:at|by|before|until|till|no\s+later\s+than)\s+(?<hour>[01]?[0-9]|2[0-4])(?=:[0-5][0-9]|\s*[ap]\.?m\b)(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT)\b)?)
# The month names and abbreviations; "may" not as the verb.
define en.month.guarded (?:january|february|march|april|may(?!\s+(?:be|not|have|take|need|also|still|get|vary|require|i|we|you)\b)|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)
# The month names and abbreviations, where the context rules out the verb.
define en.month (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)
# The first three letters of the month names.
define en.month.abbr (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)
# The days of the week (an alternation: write it inside a group).
define en.weekday monday|tuesday|wednesday|thursday|friday|saturday|sunday
# The stem of a day's name: "mon", "tues", "wednes"; "day" may follow.
define en.weekday.abbr (?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)

# ------------------------------------------------------------------
# Deadlines: time expressions. meta expr= names the kind; where absent
# the unit group decides (see docs/patterns.md).

pattern en.deadline.within-n-units
type deadline
regex \b(?:within|in|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?
regex (?:(?:about|approximately|roughly|around|up\s+to|no\s+more\s+than|less\s+than|max(?:imum)?)\s+)?
regex (?<n>{en.num})(?:\s*(?:-|–|—|to|or)\s*(?<n2>{en.num}))?\s*(?<unit>{en.unit}\b)
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
regex \bbetween\s+(?<n>{en.num})\s+and\s+(?<n2>{en.num})\s+(?<unit>{en.unit}\b)
ok between 3 and 5 business days
ok between two and three weeks
no between you and me
no between 9 and 5

pattern en.deadline.today
type deadline
meta expr=today
regex \b(?:today|tonight|later\s+today|this\s+(?:afternoon|evening))\b(?!(?:'|’)s){en.clock}?
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
regex (?<!after\s)\btomorrow\b{en.clock}?
ok we'll call you tomorrow
ok by tomorrow at 10:00
ok tomorrow before 6 pm
no the day after tomorrow
no tomorrowland festival

pattern en.deadline.after-tomorrow
type deadline
meta expr=after-tomorrow
regex \b(?:the\s+)?day\s+after\s+tomorrow\b{en.clock}?
ok the day after tomorrow
ok by the day after tomorrow at 9 am
no tomorrow
no the day after the delivery

pattern en.deadline.yesterday
type deadline
meta expr=yesterday
regex \byesterday\b{en.clock}?
ok the engineer was supposed to come yesterday
ok you were meant to call me yesterday at 5pm
no the day before

pattern en.deadline.weekday
type deadline
meta expr=weekday
regex \b(?:by|on|until|till|before|this|next|coming|no\s+later\s+than)\s+(?:this\s+|next\s+|the\s+|coming\s+)?
regex (?<weekday>(?:{en.weekday}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b){en.clock}?
ok we will refund you by Friday
ok on Monday
ok no later than Wednesday
ok by Fri at 5 pm
ok next Tuesday
no I have been waiting since Monday
no Mondays are busy
no Friday was a holiday

# "we'll ship it Monday", "It'll be with you Friday": a full day name
# without a preposition; the clause decides whether it is a promise.
pattern en.deadline.weekday-bare
type deadline
meta expr=weekday
regex (?<=\byou\s|\bit\s|\bthem\s|\bup\s|\bout\s|\bback\s|\bthere\s|\bship\s|\bships\s|\barrive\s|\barrives\s|\bcall\s|\bdeliver\s|\btargeting\s|\bexpect\s|\bcome\s|\bland\s|\bready\s|\bfor\s)
regex \b(?<weekday>{en.weekday})\b(?!\s+(?:was|were|is|has|had)\b)(?!(?:'|’)s\b)
ok It'll be with you Friday.
ok We're targeting Monday for the fix.
ok we'll ship it Monday
no I'm so sorry about Saturday
no I have been waiting since Monday
no Friday was a holiday
no last Tuesday

# "we've moved your installation to Friday", "rescheduled to Thursday",
# "pushed the visit back to Monday": a visit or delivery moved to a bare
# weekday; the match starts at the weekday (\K).
pattern en.deadline.weekday-moved
type deadline
meta expr=weekday
regex \b(?:moved|moving|rescheduled|rebooked|re-booked|postponed|pushed|brought|changed|switched|put)\b
regex (?:\s+(?!(?:to|from)\b)[\w'’-]+){0,4}?\s+(?:back\s+|forward\s+)?to\s+(?:this\s+|next\s+|the\s+|coming\s+)?\K
regex (?<weekday>{en.weekday})\b(?!\s+(?:was|were|is|has|had)\b)(?!(?:'|’)s\b){en.clock}?
ok We've moved your installation to Friday.
ok Your appointment has been rescheduled to Thursday at 10am.
ok I've pushed the visit back to Monday
no We are open Monday to Friday
no You moved the meeting from Monday to Tuesday last week, which was fine
no I've moved to Berlin on Friday

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
regex (?<month>{en.month.guarded}\b\.?)\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>20[0-9]{2})\b)?{en.clock}?
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
regex (?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{en.month.guarded}\b\.?)(?:,?\s+(?<year>20[0-9]{2})\b)?{en.clock}?
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
regex (?<day>[0-3]?[0-9])/(?<month>[0-3]?[0-9])/(?<year>20[0-9]{2}|[0-9]{2})(?![0-9/]){en.clock}?
ok by 25/11/2026
ok on 11/25/2026
ok 25/11/26
no 24/7 support
no your order of 12/11/2026
no 1/2/3/4

pattern en.deadline.date-numeric-short
type deadline
meta expr=date
regex (?:\b(?:by|on|until|till|before|for|no\s+later\s+than)\s+(?:{en.weekday.abbr}(?:day)?\.?,?\s+)?|\b{en.weekday.abbr}(?:day)?\.?,?\s+)
regex (?<day>[0-3]?[0-9])/(?<month>[0-3]?[0-9])(?![0-9/])
ok on Monday, 30/11, between 08:00 and 12:00
ok by 15/12
ok Tue 12/15
no 24/7 support
no we won 3/4 matches
no on 12/11/2026 you ordered

# Where a span starts: "within 5 working days of 3 November", "14 days
# from 2 March". Never a promise alone; it moves the span's start.
pattern en.deadline.anchor-day-month
type deadline
meta expr=anchor
regex (?<=days|day|weeks|week|months|month)\s+(?:of|from|after)\s+(?:the\s+)?
regex (?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{en.month}\b\.?)(?:,?\s+(?<year>20[0-9]{2})\b)?
ok within 5 working days of 3 November
ok 14 days from 2nd March 2026
no 5 days of rain
no the invoice of 3 November

pattern en.deadline.anchor-month-day
type deadline
meta expr=anchor
regex (?<=days|day|weeks|week|months|month)\s+(?:of|from|after)\s+
regex (?<month>{en.month}\b\.?)\s+(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>20[0-9]{2})\b)?
ok within 10 business days of November 3
ok 30 days from March 2nd, 2026
no the order from March 2nd

pattern en.deadline.date-dotted
type deadline
meta expr=date
regex \b(?:by|until|till|before|no\s+later\s+than)\s+
regex (?<day>0?[1-9]|[12][0-9]|3[01])\.(?<month>0?[1-9]|1[0-2])\.(?<year>20[0-9]{2})(?![0-9]){en.clock}?
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

pattern en.deadline.noon
type deadline
meta expr=time
regex \b(?:by|before|until|till|no\s+later\s+than|at|around)\s+(?<hour>noon|midday)\b
ok someone will call you before noon tomorrow
ok by midday
no the afternoon
no noon is lunch time

pattern en.deadline.window
type deadline
meta expr=window
regex \b(?:between|from)\s+(?<n>[01]?[0-9]|2[0-3])(?::[0-5][0-9])?\s*(?:[ap]\.?m\.?)?\s*(?:and|to|until|till|-|–|—)\s*
regex (?<hour>[01]?[0-9]|2[0-4])(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?!\s*(?:days?|weeks?|months?|hours?|business|working|stars)\b)
ok between 8am and 12pm
ok between 06:00 and 07:00
ok from 9 to 1pm
ok between 10 and 2
no between 3 and 5 business days
no from 2 to 3 days
no between you and me

pattern en.deadline.window-dash
type deadline
meta expr=window
regex (?<![0-9:.,/-])(?<n>[01]?[0-9]|2[0-3])(?:(?::[0-5][0-9])\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*(?:-|–|—|to)\s*
regex (?<hour>[01]?[0-9]|2[0-4])(?::(?<minute>[0-5][0-9]))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?![0-9])
ok 8am–1pm
ok 08:00-12:00
ok 9:30 to 11:00
no 3-5 days
no 2019-2020
no 24/7

pattern en.deadline.ordinal-day
type deadline
meta expr=date
regex (?:\b(?:by|on|until|till|before|for|no\s+later\s+than|from)\s+the|\b(?:(?:by|on|until|till|before|for)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?(?:\s+the)?)\s+(?<day>[0-3]?[0-9])(?:st|nd|rd|th)\b
regex (?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|floor|time|day|week|month|year|item|page|line|row)[a-z]*\b)
ok unit arrives from the factory on the 26th
ok you'll have the money back by the 15th
ok dispatched by Friday 27th
ok on Thursday the 3rd
no on the 25th of November
no on the 3rd floor
no the 2nd time

pattern en.deadline.eod-weekday
type deadline
meta expr=weekday
regex \b(?:by\s+|before\s+)?(?:EOD|COB|EOB|close\s+of\s+business|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+|work\s+)?day)
regex \s*,?\s*(?:on\s+)?(?:this\s+|next\s+|the\s+)?(?<weekday>{en.weekday}|mon|tues?|wed|thu(?:rs?)?|fri)\b
ok We'll have it deployed by EOD Wednesday
ok by close of business Friday
ok end of day on Monday
no by EOD
no end of the day

pattern en.deadline.period
type deadline
meta expr=none
regex \b(?:for\s+the\s+period\s+)?from\s+(?:[0-3]?[0-9](?:st|nd|rd|th)?\s+{en.month.abbr}[a-z]*\.?|{en.month.abbr}[a-z]*\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?|[0-3]?[0-9]/[01]?[0-9](?:/[0-9]{2,4})?)
regex \s*(?:to|until|till|through|-|–|—)\s*(?:[0-3]?[0-9](?:st|nd|rd|th)?(?:\s+{en.month.abbr}[a-z]*\.?)?|{en.month.abbr}[a-z]*\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?|[0-3]?[0-9]/[01]?[0-9](?:/[0-9]{2,4})?)
regex (?:,?\s+20[0-9]{2})?
ok charges from 1 July to 14 July
ok for the period from June 3 to June 30
ok from 01/07 to 14/07
no from 9 to 5
no by 14 July

pattern en.deadline.takes
type deadline
meta attach=previous
regex \b(?:takes?|taking)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|up\s+to\s+|no\s+more\s+than\s+|at\s+most\s+)?
regex (?<n>{en.num})(?:\s*(?:-|–|—|to)\s*(?<n2>{en.num}))?\s*(?<unit>{en.unit}\b)
ok This usually takes 3-5 business days
ok It can take up to 10 business days
ok processing takes about two weeks
no it took 3 days
no take 2 tablets

pattern en.deadline.after-weekend
type deadline
meta expr=after-weekend
regex \b(?:right\s+|straight\s+|first\s+thing\s+)?(?:after|following)\s+the\s+weekend\b
ok We'll get back to you after the weekend
ok right after the weekend
no over the weekend
no the weekend was busy

pattern en.deadline.vague
type deadline
meta expr=vague
regex \b(?:as\s+(?:soon|quickly|fast)\s+as\s+(?:possible|(?:we|they|I|he|she|someone|our\s+team|the\s+team)\s+(?:can|are\s+able|is\s+able)\b)|ASAP|shortly|(?<!as\s)soon(?!\s+as\b)|in\s+due\s+course|promptly
regex |at\s+the\s+earliest\s+(?:opportunity|possible\s+time)|in\s+the\s+(?:very\s+)?near\s+future|right\s+away
regex |in\s+the\s+(?:next|coming)\s+(?:few\s+)?days)\b
ok we will get back to you as soon as possible
ok They'll get back to you as soon as they can.
ok working to resolve them as quickly as possible
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
regex (?:get\s+back|reply|respond|contact|call(?!\s+out\b)|reach\s+out|update\s+you|let\s+you\s+know|follow\s+up|email\s+you
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
no our engineer will call out on Wednesday to repair the boiler
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
regex |\b(?:your\s+(?:advis[eo]r|operator|engineer|manager|technician|courier|driver|team(?:\s+leader)?|supervisor|company|office|staff)|the\s+(?:agent|advis[eo]r|operator|rep|representative|manager|engineer|technician|supervisor|team\s+leader)|they|(?-i:[A-Z][a-z]+))\s+(?:had\s+)?promised\s+(?:me|us)\b
ok you promised a refund by Friday
ok I was promised a callback within 24 hours
ok you said it would be fixed by Monday
ok I was told the refund would arrive in 5 days
ok you told me it would take 3 days
ok your agent promised a replacement
ok Your advisor promised me a call back before 5pm on the 16th.
ok They promised us a technician by Friday.
no I promise to pay
no you said hello
no we promised nothing
no you promised to call me

pattern en.claim.as-promised
type claim
regex \bas\s+(?:you\s+|your\s+[a-z]+\s+|was\s+|had\s+been\s+)?(?:promised|agreed|arranged|committed|confirmed|scheduled)\b
regex |\bthe\s+(?:promised|agreed)\s+(?:date|deadline|day|time|call(?:back)?|delivery|refund|visit|fix|appointment)\b
ok Was the fix deployed on Friday as promised?
ok nobody came on Tuesday as agreed
ok the promised callback on Monday never came
no as you can see
no I agreed to the terms

pattern en.claim.supposed
type claim
regex \b(?:you|they|your\s+[a-z]+|(?:the\s+|an\s+|my\s+)?(?:engineer|technician|courier|driver|agent|refund|replacement|repair|callback|call|credit|fix|visit|delivery))
regex \s+(?:was|were|is|are)\s+(?:supposed|meant|due|scheduled|expected)\s+to\b(?![^.!?\n]{0,60}?\b(?:will|tomorrow|next)\b)
regex |\b(?:you|they|your\s+[a-z]+|the\s+(?:engineer|technician|courier|driver|agent|refund|replacement|repair|callback|call|credit|fix|visit|delivery))\s+should\s+have\s+(?:been\s+)?(?!had\b)[a-z]{3,}\b
regex |\b(?:deadline|due\s+date|time\s+limit|promised\s+date)\b[^.!?\n]{0,40}?\b(?:passed|expired|lapsed)\b
ok Your parcel was supposed to arrive on 25 November.
ok the engineer should have come on Tuesday
ok you were supposed to call me on Monday
ok no internet, engineer was supposed to come yesterday and didn't show
ok the deadline of 2 November has passed
no you are supposed to reply within 5 days by law, and will
no I ordered a skincare set that was supposed to arrive by 20 February
no the deadline is Friday

pattern en.claim.reported
type claim
regex \b(?:I|we)\s+(?:was|were|have\s+been|had\s+been|(?:'|’)ve\s+been)\s+(?:told|informed|assured)\b
regex |\b(?:you|they|your\s+[a-z]+|the\s+(?:agent|rep|representative|advisor|adviser|operator|engineer|manager)|(?-i:[A-Z][a-z]+))
regex \s+(?:wrote|said|told\s+(?:me|us)|confirmed|stated|mentioned|assured\s+(?:me|us)|replied|emailed)
regex (?=[^.!?\n]{0,120}\b(?:would|will|should)\b|[^.!?\n]{0,120}(?:'|’)(?:d|ll)\b)
ok I was told on Feb 18 the payment would go out by February 25
ok On 5 March Gemma wrote that a loss adjuster would contact me within 3 working days
ok your colleague said the engineer would come on Monday
no I said I would call back
no they wrote to me yesterday
no we will call you

pattern en.claim.kind-resolve
type claim
meta kind=resolve
regex \byou\s+(?:had\s+)?promised\s+(?:me\s+|us\s+)?(?:to\s+)?(?:fix|resolve|refund|replace|repair|deliver|send|ship|return|credit|compensate)\b
ok you promised to refund me by November 20
ok You promised to fix it within 3 days
no you promised to call
no I promised to fix it

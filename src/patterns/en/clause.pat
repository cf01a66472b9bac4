# en/clause.pat - built-in English clause grammar of escalate.
#
# Format: docs/patterns.md. These patterns find no finding of their own:
# they mark the grammar of a clause around a time expression (meta
# class=..., docs/promises.md): a future or past verb group, an order
# to the customer, a negation, a condition, a general statement, a
# conjunction that starts a new clause, and what kind of thing is
# promised (a reply, a decision). Classes are word shapes and closed
# grammatical word classes (auxiliaries, pronouns, conjunctions), never
# lists of promise verbs.

lang en

# ------------------------------------------------------------------
# Future reference: modal and future forms, scheduled events.

pattern en.clause.future-modal
type clause
meta class=future
regex \b(?:will|shall|gonna)\b(?!\s+not\b)|(?:'|’)ll\b|\bgoing\s+to\b
regex |\bwould\b(?!\s+(?:not|you|like|love|appreciate|be\s+(?:grateful|happy|glad|great|helpful)))
regex |\bshould\b(?=\s+(?:be|arrive|reach|appear|show|come|get|take|reflect|clear|land|go|start|finish|work|have|complete|receive|see|hear|expect)\b)
ok your card will be sent within 5 days
ok You'll have the money back by the 15th
ok we’ll look into it
ok the payment should appear by Monday
ok we are going to replace it
ok I was told the payment would go out by February 25
no we won't refund you
no the shelf
no you should contact your bank

pattern en.clause.future-scheduled
type clause
meta class=future
regex (?:\b(?:is|are|am|has\s+been|have\s+been|was\s+just|now)\s+|(?:'|’)(?:s|re)\s+)?
regex \b(?:due(?!\s+to\b)|scheduled|rescheduled|planned|set|expected|targeted|slated|booked|re-?booked|moved|postponed|brought(?:\s+[\w'’-]+){0,3}?\s+forward|(?:pushed|put)(?:\s+[\w'’-]+){0,3}?\s+back|arranged|reserved|estimated|projected|timed|lined\s+up)
regex \s+(?:[a-z]+\s+){0,3}?(?:to|for|on|by|within|in|at|around|before|between|no\s+later\s+than)\b
regex |\b(?:ETA|estimated\s+(?:time|date)|expected\s+(?:delivery|arrival|date|resolution|completion))\b
regex |\b(?:target(?:ed)?|planned|scheduled|estimated|expected|projected|committed)\s+(?:completion|delivery|resolution|repair|fix|return|arrival|dispatch|install(?:ation)?|go-live|release|connection|activation|restoration)?\s*(?:date|time|day)\s+(?:of|is|was\s+set\s+(?:to|for)|for|:)
ok the update is planned to roll out on Thursday
ok Your delivery is scheduled for Friday
ok we've booked an engineer for Tuesday
ok I've rebooked it for Thursday 3 December
ok I have moved your appointment to Friday
ok We've pushed the visit back to Monday
ok the delivery has been postponed to Tuesday
ok the fix is targeted for next week
ok ETA: Friday
ok the refund is due by the 15th
ok The repair has been given a target completion date of Thursday 12 February.
ok the planned delivery date is 3 March
no the engineer came yesterday
no we set a reminder
no due to technical issues
no the target date was missed

pattern en.clause.future-intent
type clause
meta class=future
regex \b(?:aim|aims|aiming|plan|plans|planning|intend|intends|intending|hope|hoping|expect|expects|expecting|anticipate|anticipating|look\s+to|looking\s+to)\s+to\b
regex |\b(?:you\s+can\s+|please\s+)?expect\b|\bplease\s+allow\b|\bon\s+track\s+(?:for|to)\b|\bon\s+(?:its|their|the)\s+way\b
regex |\b(?:(?:has|have|(?:'|’)ve)\s+)?(?:committed|promised|agreed|pledged|undertaken)\s+to\b
regex |\b(?:asked|instructed|told|arranged\s+for|booked|requested)\s+(?:the|our|a|an|your)\s+(?:[a-z-]+\s+){0,2}?to\s+(?!be\b)[a-z]+
ok we aim to reply within 2 days
ok expect a call tomorrow
ok please allow 5-7 business days
ok we hope to have it fixed by Monday
ok your parcel is on its way
ok Engineering has committed to a fix by Friday.
ok we've agreed to refund you by Monday
ok I've asked the courier to redeliver on Thursday.
no as expected
no we planned it badly

# ------------------------------------------------------------------
# Past reference.

pattern en.clause.past-aux
type clause
meta class=past
regex \b(?:was|were|had|did|didn(?:'|’)t|wasn(?:'|’)t|weren(?:'|’)t|used\s+to)\b(?!\s+(?:scheduled|planned|supposed|due|meant|to)\b)
regex |\b(?:has|have|(?:'|’)ve)\s+(?:already\s+|now\s+|just\s+|also\s+|recently\s+)?(?:been|[a-z]{2,}(?<!e)ed|sent|got|gotten|made|taken|told|said|paid|given|left|found|spoken|written|rung|bought|brought|received|heard|seen|lost|kept|held|done|come|gone|put)\b
ok it was refunded on Monday
ok we have sent the form on 20 November
ok the engineer had visited on Friday
ok we've already processed it
no it will be refunded
no we have to wait
no it was scheduled for Friday

pattern en.clause.past-verb
type clause
meta class=past
meta tense=participle
regex \b(?=[a-z]{2,}(?<!e)ed\b|(?:sent|went|came|got|gave|made|took|told|said|paid|left|found|spoke|wrote|rang|bought|brought|heard|saw|knew|lost|kept|held|forgot|fell|broke|began|ran|sold|met)\b)
regex (?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bgot\s)
regex (?<!\bget\sit\s)(?<!\bget\sthem\s)(?<!\bget\sthis\s)(?<!\bget\sthat\s)(?<!\bhave\sit\s)(?<!\bhave\sthem\s)(?<!\bhave\sthis\s)(?<!\bhave\sthat\s)
regex (?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\byour\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bfully\s)(?<!\bnewly\s)(?<!\bas\s)(?<!\bas\syou\s)(?<!\bas\swe\s)(?<!\bas\sI\s)
regex (?!(?:expected|scheduled|planned|booked|arranged|estimated|detailed|dedicated|required|limited|interested|concerned|pleased|delighted|attached|related|based|registered|authorized|authorised|certified|qualified|advised|assured|hundred|embed)\b)
regex [a-z]+\b
regex |\b(?:yesterday|ago|earlier\s+today|last\s+(?:week|month|night|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b
ok we received your request on Monday
no get it fixed as soon as possible
no we'll have it repaired by Friday
ok The courier attempted delivery on 3 December
ok you contacted us on 20 November
ok I spoke to the warehouse yesterday
ok the technician left on Friday
no it will be processed within 5 days
no the attached form
no your expected delivery date
no our dedicated team
no as you asked
no as requested

# ------------------------------------------------------------------
# Orders: the customer is asked or allowed to act by a time.

pattern en.clause.order
type clause
meta class=order
regex \bplease\s+(?!(?:allow|expect|note|be\s+assured|rest\s+assured|bear\s+with|accept|do\s+not\s+worry|don(?:'|’)t\s+worry|keep\s+an\s+eye)\b)[a-z]+
regex |\b(?:kindly|(?<!will\s)(?<!(?:'|’)ll\s)(?<!\bI\s)(?<!\bwe\s)make\s+sure|ensure\s+(?:that\s+)?you|remember\s+to|do\s+not\s+forget\s+to|don(?:'|’)t\s+forget\s+to)\b
regex |\b(?<!I(?:'|’)ll\s)(?<!will\s)(?<!to\s)let\s+(?:me|us)\s+know\b
regex |\byou\s+(?:will\s+|would\s+)?(?:need|have|are\s+required|are\s+asked|are\s+expected|are\s+welcome|are\s+free)\s+to\b|\byou\s+must\b
regex |\byou\s+(?:can|may|could)\b(?!\s+(?:expect|rest|be\s+sure|see|count)\b)|\byou\s+should\b(?!\s+(?:receive|get|see|hear|have|be|expect|notice)\b)
regex |\byou\s+have\s+until\b|\b(?:deadline|last\s+day)\s+(?:for\s+(?:you|submitting|returning|sending|replying)|to\s+(?:submit|return|send|reply|respond|pay|claim))\b
regex |\b(?=(?:send|reply|respond|return|submit|provide|attach|upload|fill|sign|complete|bring|pay|visit|restart|call\s+us|contact\s+us|let\s+us\s+know|get\s+in\s+touch)\b)
regex (?:(?<=\A)|(?<=\n\n)|(?<=[.!?:;,]\n)|(?<=[.!?:;]\s))[a-z]+(?:\s+(?:us|in\s+touch|know))?\b
ok please send the photos by Friday
ok If you'd rather cancel, just let me know by Friday.
ok You need to return the device within 14 days
ok you can cancel within 14 days
ok Send us the receipt by Monday.
ok you have until 30 November to reply
no please allow 5 business days
no you should receive it by Friday
no we will send it

# ------------------------------------------------------------------
# Negation of the verb group.

pattern en.clause.negation
type clause
meta class=negation
regex \b(?:won(?:'|’)t|will\s+not|shan(?:'|’)t|can(?:'|’)t|cannot|can\s+not|couldn(?:'|’)t|could\s+not|wouldn(?:'|’)t|would\s+not
regex |(?:do|does|did)\s+not|(?:don|doesn|didn)(?:'|’)t|isn(?:'|’)t|aren(?:'|’)t|unable\s+to|not\s+able\s+to|not\s+going\s+to
regex |no\s+longer|never|not\s+(?:be|been|yet|possible|until))\b
ok we won't be able to deliver by Friday
ok we cannot refund within 14 days
ok it is not possible before Monday
ok we will not ship on Saturday
no no later than Friday
no not later than Friday
no we will ship

# ------------------------------------------------------------------
# Conditions: the clause from the word to the next comma.

pattern en.clause.condition
type clause
meta class=condition
regex \b(?:if|unless|in\s+case|in\s+the\s+event|provided(?:\s+that)?|as\s+long\s+as|should\s+you|otherwise|whether|as\s+soon\s+as|once)\b(?!\s+(?:possible|again|more)\b)
ok if you don't hear from us by Friday
ok unless the part arrives on Monday
ok in case the courier is late
ok We'll ping you here as soon as it's restored
no we will refund by Friday
no the difference

# ------------------------------------------------------------------
# General statements: policy, usual terms, opening hours, validity.

pattern en.clause.generic
type clause
meta class=generic
regex \b(?:usually|typically|normally|generally|as\s+a\s+rule|in\s+most\s+cases|on\s+average|most\s+(?:refunds|orders|requests|cases)
regex |our\s+(?:standard|usual|normal)|standard\s+(?:processing|delivery|response|turnaround)\s+times?
regex |(?:there\s+are|we\s+have)\s+(?:still\s+)?(?:seats|slots|spaces|places|tickets|appointments)\s+(?:available|left|free))\b
ok There are seats available on the 9:40 flight on 6 September.
ok Refunds usually take up to 10 days
ok our standard processing time is 5 days
no we will refund by Friday
no it is open to review

pattern en.clause.hours
type clause
meta class=generic
meta attach=never
regex \b(?:opening\s+hours|business\s+hours|office\s+hours|working\s+hours|hours\s+of\s+operation|we(?:'|’)re\s+open|we\s+are\s+open|open\s+(?:from|daily|until|till|mon)
regex |(?:we(?:'|’)re|we\s+are|office\s+is|offices\s+are)\s+closed|available\s+(?:from|between|24)
regex |valid\s+(?:until|till|through|for)|valid\s+as\s+[^.!?\n]{1,40}?\s+(?:until|till|through)|expires?|expiry|lines\s+(?:are\s+)?open|(?:store\s+|shop\s+|branch\s+)timings?|timings?\s*(?::|(?=[0-9]))|(?:team|office|store|shop)\s+is\s+(?:here|open)
regex |(?:mon|monday)\s*(?:-|–|—|to|through|thru)\s*(?:fri|friday|sat|saturday|sun|sunday)|7\s+days\s+a\s+week|24/7
regex |(?:support|service|chat|helpline|phone|contact\s+cent(?:re|er)|customer\s+care|live\s+chat)\s+(?:hours|times)
regex |(?:is|are|we(?:'|’)re|we\s+are)\s+online\s+(?:from\s+|between\s+)?(?=[0-9])
regex |(?:[0-9]\s*[ap]\.?m\.?|[0-9]:[0-5][0-9])\s*(?:[A-Z]{1,4}T\s*)?,?\s*(?:every\s+day|all\s+days|daily|seven\s+days\s+a\s+week))\b
ok our office is closed on 4 November
ok Support hours: 9am–9pm PT, every day
ok Our chat team is online 6am–10pm MT daily.
ok Store timings 10 AM - 8 PM.
ok Helpline times 8:00-20:00.
ok we're open until 8 pm
ok Lines open 8am-8pm.
ok Timings 10 AM - 8 PM.
ok the voucher is valid until 31 December
ok this email is valid as a temporary permit for zone K until 10 December
ok Our team is here Monday–Friday, 9am–5pm
no we will refund by Friday
no the case is open
no the engineer will come between 8am and 1pm on Tuesday
no we will call you at 9am tomorrow

pattern en.clause.today-is
type clause
meta class=generic
meta attach=never
regex \b(?:today|it)(?:(?:'|’)s|\s+is)\s+(?:now\s+|already\s+)*(?:the\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+[0-9]{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b
ok today is already the 26th
ok It is now 3 December and I have heard nothing.
ok it's Friday
no it is due on Friday
no today we will refund you

pattern en.clause.promotion
type clause
meta class=generic
meta attach=never
regex \b(?:deals?|sales?|promotions?|offers?|discounts?|black\s+friday|cyber\s+monday|webinars?|newsletter|giveaway|launch\s+event)
regex \s+(?:start|starts|begin|begins|end|ends|run|runs|go\s+live|goes\s+live|kick\s+off|kicks\s+off|is\s+on|are\s+on|will\s+(?:start|begin|end|run|go\s+live))\b
ok Our Black Friday deals start on 27 November.
ok the sale ends on Sunday
no we will offer a discount by Friday
no your refund starts processing today

pattern en.clause.availability
type clause
meta class=generic
meta attach=never
regex \b(?:suits?|works?\s+(?:best\s+)?for|(?:is|are)\s+(?:more\s+|most\s+)?convenient\s+for|(?:is|are)\s+(?:a\s+)?good\s+(?:time|days?)\s+for)\s+you\b
regex |\byou(?:(?:'|’)re|\s+are|(?:'|’)ll\s+be|\s+will\s+be)\s+(?:available|free|at\s+home|home|in|around)\b
ok I have noted that 1 and 2 December work for you.
ok Thursday suits you, as you said
ok since you are available on Friday
no we will call you on Friday
no the engineer works for us on Fridays
no the fix will suit your model

pattern en.clause.absence
type clause
meta class=generic
meta scope=sentence
meta attach=never
regex \b(?:out\s+of\s+(?:the\s+)?office|(?:I\s+am|I(?:'|’)m|I\s+will\s+be|I(?:'|’)ll\s+be)\s+(?:currently\s+)?(?:away|off|on\s+(?:annual\s+|parental\s+|sick\s+|maternity\s+)?(?:leave|holiday|vacation))
regex |limited\s+access\s+to\s+(?:e-?mail|my\s+inbox)|no\s+access\s+to\s+(?:e-?mail|my\s+inbox))\b
ok I'm out of the office until Monday 3 March
ok Hi, I am currently away with no access to email and will return on Monday
no the parcel is out for delivery
no the courier is away

# ------------------------------------------------------------------
# Conjunctions: a new clause starts.

pattern en.clause.boundary
type clause
meta class=boundary
regex \b(?:and(?!\s+(?:[0-9]|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?!(?:need|feed|proceed|succeed|exceed|indeed)\b)[a-z]+ed\b|sent\b|paid\b|made\b|done\b))|but|however|whereas|while|although|though|because|so\s+(?!that\b)|then|or\s+else|meanwhile|after\s+which)\b
ok we received it on Monday and will reply by Friday
ok it was sent, but it should arrive tomorrow
no standard delivery
no android
no the engineer can come on 24 and 25 November
no we are open on Saturday and Sunday
no between 10 and 2
no Your new licence will be printed and posted by 20 November.

# ------------------------------------------------------------------
# What is promised: a reply (answer, call, update) or a decision.

pattern en.clause.reply
type clause
meta class=reply
regex \b(?:answer(?:s|ed)?|repl(?:y|ies)|respon(?:d|ds|se|ses)|calls?(?!\s+out\b)(?:\s+you|\s+back|back)?|rings?\s+you|phones?\s+you|contacts?(?:\s+you)?|gets?\s+back
regex |come\s+back\s+to\s+you|hear(?:\s+back)?\s+from\s+(?:us|me|them|(?:one\s+of\s+)?(?:our|the)\s+(?:[a-z]+\s+){0,2}?(?:team|agents?|advis[eo]rs?|specialists?|experts?|colleagues|engineers?|staff))|update\s+you|(?:an|further|another|the\s+next)\s+update|updates|let\s+you\s+know|inform\s+you|notify\s+you|e-?mail\s+you
regex |write\s+(?:to\s+)?you|message\s+you|text\s+you|feedback|follow(?:-|\s)?up|in\s+touch|reach\s+out|explain|explanation|clarif(?:y|ication)
regex |(?:support|someone|somebody|an?\s+(?:agent|advisor|adviser|representative|member\s+of\s+(?:our|the)\s+(?:support\s+)?team)|one\s+of\s+(?:our|the)\s+(?:team|agents|advisors|advisers|specialists|experts|colleagues))\s+will\s+be\s+with\s+you|post-?mortem|root[-\s]cause\s+(?:analysis|report)|incident\s+report|write-?up
regex |(?:join|joins|pick\s+up|picks\s+up)\s+(?:the|this|your)\s+(?:chat|conversation))\b
ok we'll get back to you by Friday
ok you will hear from us within 2 days
ok You'll hear from one of our support specialists within 1 business day.
ok expect a call tomorrow
ok an update will follow on Monday
ok Support will be with you shortly.
ok An agent will join the chat within 15 minutes.
ok one of our team will be with you soon
ok I'll make sure she contacts you as soon as possible.
ok he rings you back on Monday
ok the post-mortem will follow by Friday
no your refund will arrive by Friday
no the replacement ships tomorrow
no the engineer will be with you tomorrow between 8am and 12pm
no Our engineer will call out tomorrow between 8am and 12pm to repair the boiler.
no The update is planned to roll out on Thursday.

pattern en.clause.remedy
type clause
meta class=remedy
regex \b(?:will|shall|(?:'|’)ll|(?:is|are|(?:'|’)re)\s+going\s+to)\s+(?:(?:also|then|now|now\s+also|fully|first)\s+)?(?:refund|reimburse|repair|replace|fix|credit|reverse|deliver|install|restore|reconnect|compensate)\b
ok they will refund the difference and email you the invoice by tomorrow
ok we'll replace the unit and let you know by Friday
ok We're going to repair it and update you by Monday.
no we'll email you the refund confirmation by Friday
no we will call you tomorrow about the repair
no the refund was issued and we'll update you by Friday

pattern en.clause.decision
type clause
meta class=decision
regex \b(?:decision|decide[ds]?|deciding|outcome|verdict|ruling|determination|final\s+(?:response|answer|reply|letter)
regex |result\s+of\s+(?:the|our|your|this)\s+(?:investigation|review|assessment|inspection|check|appeal|claim))\b
ok we'll let you know our decision by Friday
ok you will hear the outcome within 10 days
ok We will send you our final response within 15 business days.
no we'll call you tomorrow
no a reply by Friday

# ------------------------------------------------------------------
# Courtesy: a message of these alone says nothing (a reply promise is
# not kept by it).

pattern en.clause.courtesy
type clause
meta class=courtesy
regex \b(?:thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?(?:\s+(?:for\s+(?:your\s+)?(?:patience|understanding|waiting|reaching\s+out|contacting\s+us|getting\s+back|your\s+message)))?
regex |you(?:'|’)re\s+(?:very\s+|most\s+)?welcome|you\s+are\s+(?:very\s+|most\s+)?welcome|no\s+(?:problem|worries)|my\s+pleasure|any\s*time|glad\s+(?:to|I\s+could)\s+help
regex |have\s+a\s+(?:nice|good|great|lovely|wonderful|pleasant)\s+(?:day|weekend|evening|week|one|afternoon|morning|night|holiday|trip|time|Christmas)|take\s+care|cheers
regex |(?:welcome|see|serve|hear\s+from)\s+you\s+(?:again|back|on\s+board|soon)
regex |(?:best|kind|warm)\s+regards|regards|sincerely|all\s+the\s+best|happy\s+to\s+help|hello|hi|good\s+(?:morning|afternoon|evening))\b
ok You're welcome, have a great weekend!
ok Thanks for your patience
ok no worries
ok You're welcome, Noah! Have a lovely afternoon.
ok we hope to welcome you on board again soon
no we will refund you
no your refund has been processed

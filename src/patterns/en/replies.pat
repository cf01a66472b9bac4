# en/replies.pat - built-in English patterns of escalate: templates, refusals, justifications, resolutions and escalation requests.
#
# Format: docs/patterns.md. Every pattern carries "ok" examples that must
# match and "no" examples (traps) that must not; the unit tests run them
# all. Patterns are caseless unless "flags -". Use [0-9], not \d.

lang en

# ------------------------------------------------------------------
# Templates: canned phrases; weight = how strongly one phrase marks a
# canned reply.

pattern en.template.important
type template
meta weight=0.6
regex \byour\s+(?:request|call|inquiry|enquiry|feedback|business|satisfaction|message|ticket|case|concern)\s+
regex (?:is|are)\s+(?:very\s+|extremely\s+|really\s+)?(?:important|valuable)\s+to\s+us\b
regex |\byour\s+(?:opinion|views?|voice|feedback|satisfaction|business)\s+(?:really\s+|truly\s+)?matters?\s+to\s+us\b
regex |\byour\s+satisfaction\s+is\s+our\s+(?:top\s+|highest\s+|number\s+one\s+|first\s+)?priority\b
ok Your request is important to us
ok Your feedback is valuable to us
ok your call is very important to us
ok Your opinion matters to us!
ok Your satisfaction is our top priority
no this is important to me
no your request has been received

pattern en.template.patience
type template
meta weight=0.4
regex \bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:your\s+)?(?:continued\s+)?(?:patience|understanding|bearing\s+with\s+us)\b
regex |\bwe\s+(?:really\s+)?appreciate\s+your\s+(?:patience|understanding)\b
regex |\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:waiting|holding)\b|\bplease\s+be\s+patient\b
ok Thank you for your patience
ok thanks for bearing with us
ok We appreciate your understanding
ok Thanks for waiting.
ok Reminder: please be patient, staff will respond soon.
no thank you for the refund
no my patience is running out

pattern en.template.empathy
type template
meta weight=0.4
regex \b(?:we|I)\s+(?:fully\s+|completely\s+|totally\s+|really\s+|do\s+)?understand\s+(?:how\s+(?:important|frustrating|inconvenient|stressful|annoying)|your\s+(?:concern|frustration|disappointment|situation))\b
regex |\bwe\s+apologi[sz]e\s+for\s+any\s+inconvenience\b
ok We understand how important it is to stay connected.
ok We understand your concern.
ok we apologize for any inconvenience this may have caused
no we understand that the router was replaced on Monday
no I understand

pattern en.template.ack-created
type template
meta weight=0.5
regex \b(?:ticket|request|case|incident|enquiry|inquiry|query|complaint)\s+(?:#\s*|no\.?\s*|number\s+)?[A-Za-z0-9][A-Za-z0-9-]*\s+(?:has\s+been\s+|was\s+|is\s+)?
regex (?:created|opened|logged|raised|registered|received|submitted)\b
regex |\b(?:we|I)(?:(?:'|’)ve|\s+have)?\s+(?:just\s+)?(?:created|opened|logged|raised|registered)\s+(?:a\s+|the\s+|your\s+)?(?:new\s+)?(?:support\s+)?(?:ticket|request|case|incident)\b
ok Ticket #88120 created: Salesforce sync failing
ok We've created request #40918 for you.
ok Ticket #0412 opened by <@918273645501928374>.
no we created a new account for you
no the ticket price was refunded

pattern en.template.with-you
type template
meta weight=0.5
regex \b(?:support|someone|somebody|an?\s+(?:agent|member\s+of\s+(?:our|the)\s+(?:support\s+)?team|representative|advisor|adviser|specialist))\s+will\s+be\s+with\s+you\b
regex |\b(?:no|don(?:'|’)t|do\s+not)\s+need\s+to\s+contact\s+us\s+again\b|\bkeep\s+this\s+(?:e-?mail|message|letter)\s+for\s+your\s+records\b
regex |\bquote\s+(?:the|this|your)\s+(?:reference|ticket|case)\b|\bplease\s+describe\s+your\s+(?:issue|problem|question)\b
regex |\bkeep\s+this\s+(?:reference|number|ticket\s+number|case\s+number)\s+for\s+your\s+records\b
regex |\b(?:keep|leave|include)\s+(?:the|this|your)\s+(?:ticket|reference|case|request)\s+(?:number|ID|reference)\s+in\s+the\s+subject\b
regex |\b(?:try|use)\s+(?:signing\s+in\s+|logging\s+in\s+)?(?:from|in)\s+an?\s+(?:incognito|private)(?:\s*/\s*(?:incognito|private))?\s+(?:window|tab|mode)\b|\bmake\s+sure\s+(?:your\s+)?(?:browser|app|device)\s+is\s+up\s+to\s+date\b
ok Support will be with you shortly.
ok Please keep the ticket number in the subject line when replying.
ok You don't need to contact us again in the meantime.
ok Please keep this email for your records and quote the reference if you contact us.
ok Try signing in from an incognito/private window
no the engineer will be with you at 10
no I will be with my family

pattern en.template.forwarded
type template
meta weight=0.5
regex \b(?:forwarded|escalated|passed|referred|transferred|sent|assigned)\s+(?:(?:this|it|your\s+(?:request|case|ticket|issue|concern|query|question|enquiry|inquiry|complaint|feedback|message))(?:\s+about\s+[^.!?\n]{1,40}?)?\s+)?
regex (?:on\s+)?to\s+(?:the|our)\s+(?:relevant|appropriate|responsible|concerned|dedicated|specialist|specialized|technical|internal)
regex \s+(?:team|department|specialists?|unit)\b
regex |\b(?:forwarded|passed|referred|handed|sent)\s+(?:this|it|them|these|those|the\s+(?:logs?|details|screenshots?|photos?|pictures|information|files?|documents?|recording|evidence))
regex \s+(?:on\s+|over\s+|along\s+)?to\s+(?:the|our)\s+(?:[a-z&-]+\s+){0,2}?(?:team|department|dept|specialists?|colleagues|experts?|engineers|unit)
regex \s+for\s+(?:further\s+|more\s+detailed\s+|a\s+(?:closer|detailed)\s+)?(?:investigation|review|analysis|checks?|assessment|look)\b
ok your request has been forwarded to the relevant department
ok We have forwarded them to our technical team for further investigation.
ok I've passed this on to our engineering team for further investigation.
ok we've sent the screenshots over to the payments team for review
ok we have passed this on to the appropriate team
ok escalated to our technical team
ok I've passed your message about file ORD-BC-55871 to the relevant team.
ok we have passed your question on to the relevant department
no forwarded to your email address
no passed the test
no I passed it to the courier at 10:15
no we sent them to your home address
no I've passed it to our Refunds team, who will email you about the refund

pattern en.template.passed-generic
type template
meta weight=0.5
regex \b(?:your\s+(?:request|case|ticket|issue|concern|query|question|enquiry|inquiry|complaint|feedback|message|comments?|details|information)|this(?:\s+(?:request|case|matter|issue))?)
regex (?:\s+about\s+[^.!?\n]{1,40}?)?\s+(?:has\s+been|have\s+been|was|were|is\s+being|got)\s+(?:forwarded|passed(?:\s+on)?|transferred|shared|sent\s+on)\s+(?:on\s+)?(?:to|with)\s+(?:the|our)\s+
regex (?:[a-z&-]+\s+){0,3}?(?:team|department|dept|partners?|colleagues|specialists?|unit|desk|manager|supervisor|experts?)\b
regex |\b(?:your\s+(?:request|case|claim|complaint|enquiry|inquiry|application)|it|this)\s+(?:has\s+been|have\s+been|was|is)\s+(?:sent|passed|forwarded|submitted|referred)\s+(?:on\s+)?for\s+(?:review|consideration|processing|assessment|approval)\b
regex |\b(?:forwarded|passed|transferred|shared)\s+(?:on\s+)?your\s+(?:request|case|ticket|issue|concern|query|question|enquiry|inquiry|complaint|feedback|message|comments?|details)(?:\s+about\s+[^.!?\n]{1,40}?)?\s+(?:on\s+)?(?:to|with)\s+(?:the|our)\s+
regex (?:[a-z&-]+\s+){0,3}?(?:team|department|dept|partners?|colleagues|specialists?|unit|desk|manager|supervisor|experts?)\b
ok I've passed your message about file ORD-BC-55871 to our baggage team.
ok Your request has been forwarded to our Billing team, who will get back to you.
ok I have forwarded your request to our deposits department.
ok We have shared your feedback with our restaurant partner.
ok Your request has been sent for review.
ok your complaint was passed on to the store manager
no I forwarded the invoice to our accountant
no your parcel was sent to the depot on Monday
no Your case has been escalated to our billing specialists.

pattern en.template.sorry-to-hear
type template
meta weight=0.3
regex \b(?:we(?:'|’)re|we\s+are|I(?:'|’)m|I\s+am)\s+(?:so\s+|very\s+|really\s+|truly\s+|sincerely\s+|terribly\s+)?sorry\s+to\s+(?:hear|learn|read)\b
regex |\b(?:didn(?:'|’)t|did\s+not|doesn(?:'|’)t|does\s+not|has\s+not|hasn(?:'|’)t|failed\s+to)\s+(?:fully\s+)?(?:meet|live\s+up\s+to)\s+your\s+expectations\b
regex |\bwe\s+take\s+(?:[a-z-]+\s+){0,3}?(?:very\s+|extremely\s+|really\s+)?seriously\b
regex |\bwe\s+(?:hope|look\s+forward)\s+to\s+(?:see(?:ing)?|serv(?:e|ing)|welcom(?:e|ing)|hear(?:ing)?\s+from)\s+you\s+again\b
ok We're sorry to hear you're having trouble with billing.
ok I'm very sorry to learn about this.
ok We're sorry your order didn't meet your expectations.
ok We take food quality very seriously.
ok We hope to see you again soon!
no I'm sorry, but the refund was sent on 3 May.
no the seat did not meet the safety standard
no we take payments by card only

pattern en.template.you-reached
type template
meta weight=0.3
regex \byou(?:(?:'|’)ve|\s+have)\s+(?:reached|contacted)\s+(?:the\s+)?(?:[A-Za-z0-9&.'-]+\s+){0,3}?(?:support|help\s*desk|customer\s+(?:service|care)|care\s+team|service\s+desk)\b
ok You've reached Larkspur Home support.
ok You have contacted the Orbital Telecom customer care team.
no I have contacted your support three times already.
no Have you reached the support page?

pattern en.template.aware
type template
meta weight=0.4
regex \b(?:we(?:'|’)re|we\s+are|(?:our|the)\s+(?:[a-z]+\s+)?teams?\s+(?:is|are))\s+(?:fully\s+|already\s+)?aware\s+of\s+(?:the|this|an|some|a|these)\b
regex |\b(?:working|doing\s+(?:our\s+best|everything\s+(?:we\s+can|possible)))\s+(?:hard\s+|diligently\s+)?to\s+(?:resolve|fix|restore|sort)\s+(?:this|it|them|the\s+(?:issue|problem|matter)s?)\s+as\s+(?:quickly|soon|fast)\s+as\s+(?:possible|we\s+can)\b
regex |\b(?:we|I)\s+will\s+(?:contact|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+you\s+(?:again\s+)?if\s+(?:we\s+)?(?:need|require)\s+(?:any\s+)?(?:further|more|additional)\s+(?:information|details)\b
ok Our team is aware of some login issues affecting a small number of customers.
ok we are working to resolve this as quickly as possible
ok We will contact you if we need any further information.
no I am aware of the terms
no we are working on your router now and it will be fixed at 3 pm

pattern en.template.no-info
type template
meta weight=0.5
regex \b(?:I|we)\s+(?:don(?:'|’)t|do\s+not)\s+have\s+(?:any\s+)?(?:further|more|additional|new)\s+(?:information|details|updates?)\s+(?:at\s+(?:this|the\s+moment)|yet|right\s+now|for\s+you)\b
regex |\bplease\s+check\s+back\s+(?:later|again\s+later|in\s+a\s+(?:few|couple)|tomorrow)\b
ok Unfortunately I don't have any further information at this time.
ok Please check back later.
no I don't have any further questions
no we have more information about your parcel: it is in Leeds

pattern en.template.bot-desk
type template
meta weight=0.5
regex \bno\s+(?:agents?|advisors?|advisers?|operators?|one)\s+(?:is|are)\s+(?:currently\s+)?available\b|\bleave\s+(?:us\s+)?a\s+message\s+and\s+(?:we(?:'|’)ll|we\s+will|someone\s+will)\b
regex |\bwelcome\s+to\s+(?:[A-Za-zÀ-ÿ0-9&'.-]+\s+){1,4}?on\s+(?:WhatsApp|Messenger|Telegram|Viber|chat)\b|\b(?:please\s+)?tell\s+us\s+(?:briefly\s+)?how\s+we\s+can\s+help\b
regex |\bone\s+of\s+(?:our|the)\s+(?:team|agents|advisors|advisers|specialists|experts)\s+will\s+be\s+with\s+you\b
regex |\b(?:check|track|view|follow)\s+the\s+(?:status|progress)\s+of\s+your\s+(?:claim|request|ticket|case|enquiry|inquiry|order|repair|booking|application|refund|complaint)\s+(?:at\s+any\s+time|online|anytime|24/7)\b
regex |\b(?:our\s+(?:[a-z]+\s+)?team\s+is|we(?:'|’)re|we\s+are)\s+(?:currently\s+)?(?:away(?!\s+from)|closed|offline|out\s+of\s+(?:the\s+)?office)\b(?:\s+(?:at\s+the\s+moment|right\s+now|for\s+the\s+(?:day|night|weekend|holidays?)))?
regex |\b(?:outside|out\s+of)\s+(?:our\s+)?(?:opening|office|business|working|support)\s+hours\b|\b(?:get\s+back\s+to\s+you|reply|respond)\s+(?:when|once|as\s+soon\s+as)\s+(?:we(?:'|’)re|we\s+are)\s+(?:back|open)\b
regex |\b(?:respond|reply)\s+to\s+all\s+(?:enquiries|inquiries|requests|messages|e-?mails|customers)\b
ok No agents are available right now. Please leave a message and we'll get back to you.
ok Welcome to Eire Mobile on WhatsApp! Please tell us briefly how we can help.
ok one of our team will be with you soon
ok You can check the status of your claim at any time at example.com/claims.
ok We aim to respond to all enquiries within 2 business days.
ok You can track the progress of your repair at any time in My Account.
ok Our team is away at the moment.
ok We're currently closed for the weekend.
ok You have reached us outside our opening hours.
ok We'll get back to you when we're open.
ok we will reply as soon as we are back
no the agent is available tomorrow at 10
no we are away from the office on a site visit to your flat on Monday and will check the boiler then
no I'll reply when I'm back from the warehouse with your parcel
no welcome to the team, Anna

pattern en.template.apologize
type template
meta weight=0.4
regex \b(?:(?:we|I)\s+(?:sincerely\s+|do\s+|truly\s+)?apologi[sz]e|(?:we(?:'|’)re|I(?:'|’)m)\s+(?:very\s+|so\s+)?sorry|sorry|apologies)
regex \s+for\s+(?:any|the|all\s+the)\s+(?:inconvenience|trouble|hassle|confusion|frustration)(?:\s+(?:this|caused|that\s+this))?(?:\s+(?:may|might)\s+have\s+caused)?
regex |\b(?:we|I)\s+(?:sincerely\s+|truly\s+|deeply\s+)?regret\s+(?:any|the|all\s+the)\s+inconvenience\b(?:\s+(?:this|caused|that\s+this))?
ok I'm sorry for the trouble.
ok Apologies for any confusion caused.
ok We apologize for the inconvenience
ok sorry for any inconvenience caused
ok Apologies for any inconvenience
ok We sincerely regret any inconvenience caused
ok We're sorry for any inconvenience this may have caused.
no sorry for the late reply
no an inconvenience for everyone

pattern en.template.generic-advice
type template
meta weight=0.5
regex \bclear(?:ing)?\s+(?:your\s+|the\s+)?(?:browser(?:(?:'|’)s)?\s+)?(?:cache|cookies)\b
regex |\btry\s+(?:using\s+)?(?:a\s+)?(?:different|another)\s+browser\b|\bincognito\s+(?:mode|window)\b
regex |\bcheck\s+your\s+(?:internet\s+)?connection\b|\blog\s+out\s+and\s+(?:log\s+)?back\s+in\b
ok Please clear your cache and cookies
ok try clearing your browser cache
ok try a different browser
no I already cleared the history
no the cache was full

pattern en.template.restart-reinstall
type template
meta weight=0.5
regex \b(?:restart|reboot|reinstall|re-install|power-cycle|power\s+cycle)\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+)?(?:app|application|device|phone|router|computer|browser|modem|laptop|tablet|console|box|tv|hub|camera|cameras|printer|handset)\b
regex |\b(?:turn|switch|toggle)\s+(?:on\s+|off\s+)?(?:the\s+)?(?:airplane|aeroplane|flight|wi-?fi|bluetooth|mobile\s+data|data\s+roaming|roaming)(?:\s+mode)?\s+(?:on|off)\b
regex |\breset\s+(?:your\s+|the\s+)?(?:network|APN|app|browser)\s+settings\b|\bcheck\s+that\s+(?:your\s+)?(?:mobile\s+data|data\s+roaming|roaming|wi-?fi|bluetooth|location)\s+is\s+(?:switched|turned)\s+on\b
regex |\bupdate\s+(?:the\s+|your\s+)?(?:app|application|browser|firmware)\s+to\s+the\s+latest\b
regex |\b(?:uninstall|delete|remove)\s+(?:the\s+|your\s+)?(?:app|application)\b[^.!?\n]{0,40}?\breinstall\b
regex |\bturn(?:ing)?\s+(?:it|the\s+(?:device|phone|router|modem|computer)|your\s+(?:device|phone|router|modem|computer))\s+off\s+and\s+(?:back\s+)?on\b
regex |\bmake\s+sure\s+(?:you\s+have|(?:that\s+)?you(?:'|’)re\s+using|(?:that\s+)?you\s+are\s+using)\s+the\s+latest\s+version\b
regex |\b(?:updated|upgraded|update\s+(?:it|the\s+app|your\s+app))\s+to\s+the\s+(?:latest|newest|most\s+recent|current)\s+version\b
regex |\bmake\s+sure\s+(?:that\s+)?(?:your|the)\s+(?:app|application|browser|software|device|phone)\s+is\s+(?:updated|up\s+to\s+date)\b
ok restart the app and try again
ok Power cycle your set-top box.
ok Turn Airplane mode on for 30 seconds, then off again.
ok Check that Mobile data is switched on.
ok Have you tried turning the device off and on again?
ok uninstall the app, reinstall it from the store
ok make sure you have the latest version
ok update the app to the latest version
ok Please make sure your app is updated to the newest version and try again.
ok make sure the app is up to date
no version 4.2 is the latest version
no I already restarted twice
no we will restart the billing server tonight
no I turned roaming on in Spain and it still fails
no we will update the app next week

pattern en.template.machine
type template
meta weight=0.7
meta auto=yes
regex \bthis\s+is\s+an\s+automa(?:ted|tic)\s+(?:reply|response|message|e-?mail|notification)\b
regex |\b(?:automatically[-\s]generated|auto-?generated|automated)\s+(?:message|e-?mail|reply|response|notification)\b
regex |\b(?:this\s+is\s+an?\s+)?(?:automatic|automated)\s+(?:acknowledge?ment|confirmation\s+of\s+receipt|receipt\s+confirmation)\b|\bauto-?(?:reply|response|acknowledge?ment)\b
regex |\b(?:this\s+)?(?:message|e-?mail|notification)\s+(?:was|has\s+been|is)\s+(?:sent|generated|created)\s+automatically\b
ok This is an automated reply
ok This is an automatically generated email
ok Automated message
ok This email was sent automatically.
ok This is an automatic acknowledgement.
ok Auto-reply: we have your email
no automated tests passed
no we sent the message automatically generated by your bank back to them for checking

pattern en.template.automated
type template
meta weight=0.7
regex \b(?:please\s+)?(?:do\s+not|don(?:'|’)t)\s+reply\s+(?:directly\s+)?to\s+this\s+(?:automated\s+|automatic\s+|auto-generated\s+)?(?:e-?mail|message|notification|address)\b|\bauto-?reply\b
regex |\b(?:opened|created|logged|raised|submitted)\s+on\s+your\s+behalf\b
regex |\byou\s+will\s+(?:receive|get)\s+(?:updates|notifications|an\s+update|e-?mail\s+updates)\s+(?:by|via)\s+e-?mail\b
ok Please do not reply to this email
ok Please do not reply to this notification.
ok Please do not reply to this automated message.
ok Incident INC0061234 has been opened on your behalf.
ok You will get updates by email.
no I opened it on behalf of my mother
no we will email you the updated invoice
no reply to this email with your order number

pattern en.template.out-of-office
type template
meta weight=0.6
regex \b(?:I(?:'|’)m|I\s+am|I\s+will\s+be|I(?:'|’)ll\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|sick\s+)?(?:leave|holiday|vacation)|away\s+from\s+(?:my|the)\s+desk)\b
regex |\bwith\s+limited\s+access\s+to\s+(?:e-?mail|my\s+(?:inbox|e-?mail))\b|\bfor\s+(?:urgent|immediate)\s+(?:matters|requests|issues|enquiries|inquiries|assistance|questions)\b
regex |\b(?:our\s+)?(?:office|offices|support\s+(?:team|desk))\s+(?:is|are|will\s+be)\s+closed\s+(?:from|between|until|for\s+the)\b
ok I'm out of the office until Monday 3 March
ok with limited access to email
ok For urgent matters please contact the help desk.
ok Our office is closed from 24 December to 2 January
no is the office closed on Sunday?
no I am out of ideas

pattern en.template.feedback
type template
meta weight=0.5
regex \b(?:shared|passed|forwarded|sent)\s+(?:it|this|them|your\s+(?:feedback|suggestions?|ideas?|comments?))\s+(?:along\s+|on\s+)?(?:to|with)\s+(?:our|the)\s+(?:product|development|dev|design|relevant|UX)\s+team\b
regex |\bwe\s+(?:value|appreciate)\s+(?:every|all|each|your)\s+(?:suggestions?|feedback|ideas?|comments?)\b(?!\s+(?:about|on|regarding|concerning)\b)
regex |\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:your|the)\s+(?:feedback|suggestion|kind\s+words)\s*[.!]
ok We've passed it along to our product team
ok We value every suggestion from our users
ok Thanks for your feedback!
no thanks for the feedback about the checkout button, we fixed the typo
no We value your feedback about the checkout page: the fix ships on Tuesday
no we shared the invoice with the finance team

pattern en.template.thanks-contacting
type template
meta weight=0.2
regex \bthank(?:s|\s+you)\s+for\s+(?:contacting|reaching\s+out\s+to|writing\s+to|getting\s+in\s+touch\s+with|choosing)\s+(?!me\b|him\b|her\b|them\b)
regex |\bthank(?:s|\s+you)\s+for\s+(?:choosing|flying\s+with|shopping\s+with|staying\s+with|banking\s+with)\b
regex |\bthank(?:s|\s+you)\s+for\s+(?:reaching\s+out|getting\s+in\s+touch)\s*[.!,]
regex |\bthank(?:s|\s+you)\s+for\s+your\s+(?:e-?mail|message|enquiry|inquiry)\s*[.!,]
regex |\bthank(?:s|\s+you)\s+for\s+(?:applying|your\s+application|submitting\s+your)\b
ok Thank you for contacting us
ok thank you for contacting Costa Verde Rentals.
ok Thanks for reaching out to us
ok Thanks for reaching out!
ok Thank you for choosing Northwind Air.
ok Thank you for your email.
ok Thank you for applying for a resident parking permit.
no thank you for the reply
no contacting us is easy
no thanks for contacting me so fast

pattern en.template.received
type template
meta weight=0.3
regex \bwe(?:\s+have|(?:'|’)ve)\s+received\s+your\s+(?:request|message|e-?mail|inquiry|enquiry)\b
regex |\byour\s+(?:request|ticket|case|message|e-?mail|enquiry|inquiry)\b[^.!?\n]{0,60}?\s+(?:has\s+been|was)\s+(?:received|logged|created|registered|opened)\b
regex |\b(?:ticket|request|case)\s+#?[0-9]+\s+has\s+been\s+(?:created|logged|opened|registered)\b
regex |\byour\s+(?:complaint|claim|report|issue|feedback|appeal)(?:\s+(?:#|no\.?\s*)?[A-Za-z0-9-]*[0-9][A-Za-z0-9-]*)?\s+(?:has\s+been|was)\s+(?:received|logged|created|registered|opened|recorded)\b
regex |\breply\s+to\s+this\s+(?:e-?mail|message)\s+to\s+add\s+(?:more|further|any)\b
ok We have received your request
ok Your complaint has been registered with Ticket ID 7781-3392.
ok your ticket has been created
ok Your request #48201 "App crashes on start" was received.
ok Ticket #90412 has been created.
ok You can reply to this email to add more information.
no I have received your parcel
no we received nothing
no your order has been shipped

pattern en.template.in-progress
type template
meta weight=0.4
regex \bour\s+(?:[a-z]+\s+)?(?:team|specialists|engineers)\s+(?:is|are)\s+(?:currently\s+|already\s+|actively\s+)?(?:looking\s+into|working\s+on|investigating)\b(?=\s+(?:the\s+matter|this|it|the\s+issue|your\s+(?:case|request|issue|concern))\b)
regex |\bwe(?:\s+are|(?:'|’)re)\s+(?:currently\s+|already\s+)?(?:working\s+on\s+it|looking\s+into\s+it|investigating)\b
regex |\b(?:is|are)\s+(?:currently\s+)?investigating\s*[.!]
regex |\b(?:our\s+)?(?:[a-z]+\s+)?(?:team|specialists?|engineers?|experts?|colleagues)\s+(?:is|are)\s+(?:currently\s+|actively\s+|now\s+)?investigating\b(?!\s+(?:why|whether|how)\b)
ok Our specialists are investigating and we'll keep you posted.
ok Rest assured, our team is looking into it
ok We are currently working on it
ok our team is currently investigating.
no we are working on a new version of the app, due in May
no I am looking into a new phone

pattern en.template.keep-posted
type template
meta weight=0.3
regex \b(?:keep|will\s+keep)\s+you\s+(?:updated|posted|informed)\b|\bwe(?:\s+will|(?:'|’)ll)\s+be\s+in\s+touch\b
regex |\b(?:someone|somebody|a\s+member\s+of\s+(?:our|the)\s+team|an?\s+(?:agent|specialist|colleague))\s+will\s+be\s+in\s+touch(?:\s+(?:with\s+you\s+)?(?:shortly|soon))?\b
regex |\b(?:I(?:(?:'|’)ve|\s+have)|we(?:(?:'|’)ve|\s+have))\s+escalated\s+(?:this|it|your\s+(?:case|request|issue|complaint))\s+internally\b
regex |\bwill\s+(?:contact|update|notify|inform)\s+you\s+(?:once|when|as\s+soon\s+as\s+(?:we|there|it)|in\s+due\s+course)\b
regex |\bas\s+soon\s+as\s+we\s+have\s+(?:more\s+information|an\s+update|any\s+(?:news|updates?)|more\s+details)\b
ok I've escalated this internally and someone will be in touch shortly.
ok We'll keep you posted.
ok We will be in touch.
ok They will contact you once it has been reviewed.
ok we will update you as soon as we have more information
no keep your receipt
no the courier will contact you on the day of delivery

pattern en.template.reassure
type template
meta weight=0.4
regex \brest\s+assured\b|\b(?:your\s+(?:issue|case|request)\s+is|you\s+are)\s+our\s+(?:top\s+|highest\s+)?priority\b
ok Rest assured, we are on it
ok Rest assured that your issue is our priority.
no our priority is safety
no rest of the order

pattern en.template.high-volume
type template
meta weight=0.5
regex \bdue\s+to\s+(?:a\s+)?(?:high|higher\s+than\s+(?:usual|normal)|increased|unusually\s+high)\s+(?:volume|demand)\b
regex |\b(?:experiencing|receiving)\s+(?:a\s+|an\s+)?(?:high|higher\s+than\s+(?:usual|normal)|increased|unusually\s+high|large)\s+(?:volume|number)\s+of\s+(?:requests|enquiries|inquiries|messages|calls|e-?mails)\b
regex |\bresponses?\s+(?:may|might|could)\s+take\s+longer\b
regex |\b(?:receiving|getting|handling)\s+more\s+(?:messages|requests|enquiries|inquiries|calls|e-?mails|contacts)\s+than\s+(?:usual|normal)\b
regex |\b(?:experiencing|receiving|handling)\s+(?:a\s+|an\s+)?(?:unusually\s+|exceptionally\s+|very\s+)?(?:high|large|heavy|increased|higher\s+than\s+(?:usual|normal))\s+(?:volume|number|amount)\s+of\s+
regex (?:requests|enquiries|inquiries|messages|calls|e-?mails|queries|tickets|contacts|chats)\b
regex |\b(?:experiencing|seeing|facing|handling)\s+(?:(?:very|unusually|exceptionally|extremely)\s+)?(?:high|heavy|large|increased)\s+(?:volumes?|demand|traffic)\b
regex |\b(?:may|might|could|will)\s+take\s+(?:us\s+)?(?:a\s+(?:little|bit)\s+|slightly\s+)?longer\s+(?:than\s+(?:usual|normal)\s+)?to\s+(?:reply|respond|get\s+back|answer)\b
ok Due to high volume, replies may be delayed
ok We are experiencing a higher than usual volume of requests
ok responses may take longer than normal
ok We are currently receiving an unusually large number of queries
ok Our care team is currently experiencing high volumes.
ok it may take us a little longer to reply
no the repair may take longer than two days
no the volume of the speaker is high
no shipping may take longer to Alaska because of the storm

pattern en.template.queue
type template
meta weight=0.4
regex \b(?:added\s+to|placed\s+in|is\s+in)\s+(?:the|our)\s+(?:support\s+)?queue\b
regex |\bin\s+the\s+order\s+(?:it\s+was|they\s+were|they\s+are|requests\s+are)\s+received\b
ok Your enquiry has been added to the queue.
ok they will review it in the order it was received
no the queue at the post office was long
no in the order you placed

pattern en.template.please-wait
type template
meta weight=0.4
regex \bplease\s+(?:wait|await)\s+(?:for\s+)?(?:a\s+|our\s+|the\s+)?(?:response|reply|answer)\b
regex |\b(?:an?\s+)?(?:support\s+)?(?:agent|specialist|representative|member\s+of\s+our\s+team)\s+will\s+be\s+with\s+you\s+shortly\b
ok Please wait for a response from our specialists.
ok a support agent will be with you shortly
no please wait for the courier at the door
no the agent was rude

pattern en.template.response-time
type template
meta weight=0.3
regex \b(?:will|(?:'|’)ll|aim\s+to|try\s+to|usually)\s+(?:respond|reply|answer|get\s+back\s+to\s+you)\s+(?:to\s+(?:you|your\s+[a-z]+)\s+)?within\s+
regex (?:[0-9]+|one|two|three|a\s+few|24|48|72)\s+(?:business\s+|working\s+)?(?:hours?|days?)\b
ok Our support team will respond within 2 business days.
ok We aim to reply within 24 hours
no we will refund you within 5 days
no the parcel should arrive within 2 days

pattern en.template.if-persists
type template
meta weight=0.3
regex \bif\s+(?:(?:that|this|it|the\s+(?:problem|issue|error))\s+(?:doesn(?:'|’)t|does\s+not|didn(?:'|’)t)\s+help
regex |the\s+(?:problem|issue|error)\s+(?:persists|continues|remains|recurs|still\s+occurs))\b[^.!?\n]{0,80}
regex |\bif\s+(?:you\s+(?:need|require|have)\s+(?:any\s+)?(?:further|more|additional)\s+(?:help|assistance|questions)|your\s+(?:issue|problem|question)\s+(?:is|has)\s+not\s+been\s+(?:resolved|solved))\b[^.!?\n]{0,40}?\breply\s+to\s+this\s+(?:e-?mail|message)\b[^.!?\n]{0,80}
ok If that doesn't help, try again later.
ok If you need further help, reply to this email within 14 days and your case will reopen.
ok If the problem persists, try a different browser.
ok If the problem continues, let us know.
no the problem persists after the update
no if that helps, great

pattern en.template.closing
type template
meta weight=0.2
regex \bis\s+there\s+anything\s+else\s+(?:I|we)\s+can\s+(?:help|assist|do)\b
regex |\b(?:please\s+)?(?:do\s+not|don(?:'|’)t)\s+hesitate\s+to\s+(?:contact|reach|get\s+in\s+touch)\b
regex |\b(?:I|we)\s+hope\s+(?:this|that)\s+helps\b|\b(?:please\s+)?feel\s+free\s+to\s+(?:reach\s+out|contact\s+us|get\s+in\s+touch|ask|reply)\b|\bif\s+you\s+have\s+any\s+(?:other|further|more)\s+questions\b
ok I hope this helps! If you have any other questions, feel free to reach out.
ok Is there anything else I can help you with?
ok Don't hesitate to contact us
no anything else?
no I hesitate to ask

pattern en.template.generic-care
type template
meta weight=0.5
regex \bwe(?:\s+are|(?:'|’)re)\s+doing\s+our\s+(?:very\s+)?best\b|\bour\s+team\s+is\s+working\s+hard\b
regex |\b(?:is|are)\s+doing\s+(?:everything|all)\s+(?:possible|(?:we|they)\s+can|in\s+(?:our|their)\s+power)\b
regex |\b(?:we(?:\s+have|(?:'|’)ve)\s+)?(?:shared|passed)\s+your\s+feedback\s+(?:with|on\s+to)\b|\bis\s+being\s+(?:handled|processed|reviewed)\b
regex |\bwill\s+(?:contact|get\s+back\s+to)\s+you\s+(?:shortly|as\s+soon\s+as\s+possible|soon)\b
regex |\b(?:respond|reply|get\s+back\s+to\s+you)\s+as\s+soon\s+as\s+possible\b
regex |\bwe\s+understand\s+your\s+frustration\b|\bsorry\s+to\s+hear\s+about\s+your\s+experience\b
regex |\bwhile\s+we\s+(?:look\s+into|investigate)\b
regex |\b(?:are|is)\s+(?:constantly|continuously|continually|always)\s+(?:working|striving|looking\s+for\s+ways)\s+(?:to\s+improve|on\s+improving)\b
regex |\bsorry\s+(?:to\s+hear\s+)?(?:that\s+)?you(?:'|’)re\s+having\s+(?:trouble|issues|problems|difficulties)\b|\bsorry\s+to\s+hear\s+(?:that\s+)?you\s+are\s+having\b
ok We are doing our best to resolve the issue
ok Our team is working hard to resolve all requests
ok We have shared your feedback with the relevant team
ok Your complaint is being handled.
ok Our specialists will contact you shortly.
ok Thank you for your patience while we look into this.
ok Our team is doing everything possible to resolve the matter.
ok An agent will review your request and respond as soon as possible.
ok We are constantly working to improve our service.
ok We are continuously working on improving our services
ok Hi, sorry you're having trouble.
no we are working to fix the login page by 5 pm
no you're having the engineer visit on Monday
no the courier will contact you at 9am
no we shared the invoice with you

pattern en.template.value
type template
meta weight=0.4
regex \b(?:we\s+)?(?:really\s+|truly\s+|greatly\s+)?appreciate\s+you\s+taking\s+the\s+time\b
regex |\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+taking\s+(?:the\s+time|a\s+(?:moment|minute|few\s+minutes))\b
regex |\byour\s+(?:comments|feedback|input|suggestions|reviews?)\s+(?:really\s+)?helps?\s+us\s+(?:to\s+)?(?:improve|get\s+better|grow|serve\s+you\s+better)\b
ok appreciate you taking the time to share your experience
ok Thank you for taking a moment to let us know how we did.
ok Your comments help us improve.
no thanks for taking the parcel to the post office on 3 May
no your comments helped us find the bug in the coupon code

pattern en.template.loyalty
type template
meta weight=0.4
regex \bwe\s+(?:truly\s+|really\s+|greatly\s+|do\s+)?(?:value|appreciate)\s+(?:your\s+(?:business|custom|loyalty|trust)|you\s+as\s+(?:a|an|our)\s+(?:valued\s+)?(?:customer|client|member|guest))\b
regex |\bwe\s+look\s+forward\s+to\s+(?:welcoming|serving|seeing|helping)\s+you\s+(?:again|on\s+board|soon|in\s+the\s+future)\b
regex |\b(?:you\s+are|you(?:'|’)re)\s+(?:a\s+)?valued\s+(?:customer|client|member)\b
ok we value your business
ok We look forward to welcoming you on board again soon.
ok you are a valued customer
no we look forward to your reply with the order number
no we value the parcel at 40 GBP

pattern en.template.logged
type template
meta weight=0.4
regex \bwe(?:(?:'|’)ve|\s+have)\s+(?:logged|registered|recorded|noted)\s+your\s+(?:request|message|enquiry|inquiry|ticket|case|query|complaint|feedback)\b
regex |\b(?:an?\s+|one\s+of\s+our\s+)?(?:agent|specialist|representative|advisor|adviser|member\s+of\s+(?:our|the)\s+(?:support\s+)?team)s?\s+will\s+
regex (?:reply|respond|get\s+back\s+to\s+you|be\s+in\s+touch|pick\s+it\s+up|contact\s+you|review\s+it)\s+(?:shortly|soon|as\s+soon\s+as\s+possible|in\s+due\s+course)\b
ok We've logged your enquiry
ok a specialist will pick it up soon
ok A member of our team will reply shortly.
no we have logged a fault with the network operator, engineer visit 4 June
no the specialist will call you at 3 pm

pattern en.template.allow-days
type template
meta weight=0.4
regex \bplease\s+allow\s+(?:up\s+to\s+|at\s+least\s+)?(?:[0-9]+(?:\s*[-–]\s*[0-9]+)?|one|two|three|four|five|six|seven|ten|a\s+few)\s+(?:business\s+|working\s+)?(?:hours?|days?)\s+for\s+(?:a\s+|our\s+|us\s+to\s+)?(?:response|reply|respond|reply|answer|review)\b
regex |\b(?:typically|usually|normally|generally)\s+(?:replies|responds|reply|respond|answers?|gets?\s+back)\s+(?:to\s+[a-z]+\s+)?within\b
ok Please allow up to five business days for a response.
ok Our support team typically replies within one business day.
no Please allow 48 hours for the paint to dry
no the courier usually arrives within an hour

pattern en.template.self-help
type template
meta weight=0.4
regex \bin\s+the\s+meantime\b[^.!?\n]{0,60}?\b(?:help\s+cent(?:re|er)|FAQs?|knowledge\s+base|support\s+(?:site|articles|pages?))\b
regex |\b(?:check|see|visit|browse|have\s+a\s+look\s+at)\s+(?:out\s+)?(?:our|the)\s+#?(?:FAQs?|help\s+cent(?:re|er)|knowledge\s+base|help\s+articles|support\s+articles)\b|\b(?:check|see)\s+#faq\b
regex |\b(?:you\s+(?:may|might|can)\s+)?find\s+(?:an\s+answer|answers)\s+(?:to\s+(?:[a-z-]+\s+){0,3}?(?:questions|issues|problems)\s+)?in\s+our\s+(?:help\s+cent(?:re|er)|FAQs?|knowledge\s+base|support\s+(?:site|cent(?:re|er)))\b
ok In the meantime, you may find an answer in our Help Centre.
ok Check #faq for common questions
ok Please see our FAQ on returns.
ok you can find answers to most questions in our FAQ
ok you may find answers to common billing questions in our Help Center
no in the meantime the engineer will replace the fuse
no the help centre in Leeds closes at 6 pm

pattern en.template.away
type template
meta weight=0.6
regex \bI(?:\s+am|(?:'|’)m)\s+(?:currently\s+)?away\s+(?:from\s+the\s+office|on\s+(?:leave|holiday|vacation)|until|with|and)\b
regex |\b(?:with\s+no|without)\s+access\s+to\s+(?:e-?mail|my\s+(?:inbox|e-?mail))\b
regex |\byour\s+(?:message|e-?mail)\s+will\s+not\s+be\s+forwarded\b
ok I am currently away with no access to email
ok Your message will not be forwarded.
no I am away from home until 5 pm, leave the parcel next door
no the engineer is away today

pattern en.template.unmonitored
type template
meta weight=0.7
regex \b(?:mailbox|inbox|e-?mail\s+address|address)\s+is\s+(?:not|un)\s*monitored\b|\bunmonitored\s+(?:mailbox|inbox|address)\b
regex |\b(?:replies|responses)\s+to\s+this\s+(?:message|e-?mail)\s+(?:will\s+not|won(?:'|’)t)\s+be\s+(?:read|answered|seen|monitored)\b
ok This mailbox is not monitored.
ok Responses to this message will not be read.
no is this mailbox monitored?
no the address is monitored by our billing team, write to it

pattern en.template.chat-opener
type template
meta weight=0.5
regex \bhow\s+(?:can|may)\s+(?:I|we)\s+(?:help|assist)(?:\s+you)?(?:\s+(?:today|this\s+(?:morning|afternoon|evening)))?\s*\?
regex |\byou(?:(?:'|’)re|\s+are)\s+(?:now\s+)?(?:chatting|speaking|talking)\s+(?:with|to)\b
regex |\b(?:virtual|digital|automated)\s+(?:assistant|agent)\b|\bask\s+me\s+anything\b
regex |\bI(?:(?:'|’)m|\s+am)\s+(?:a|an|the|your)\s+(?:[A-Za-z]+\s+)?(?:bot|chatbot|assistant\s+bot)\b|\bplease\s+describe\s+(?:your|the)\s+(?:issue|problem|question|request)\b|\b(?:pick|choose|select)\s+a\s+topic\b
regex |\b(?:welcome|you(?:(?:'|’)re|\s+are)\s+(?:now\s+)?connected)\s+to\s+(?:the\s+)?(?:[A-Za-z0-9&.'-]+\s+){0,3}?(?:support|live\s+chat|chat|help\s*desk|customer\s+(?:service|care))\b
regex |(?:^|(?<=\n)|\b(?:hi|hello|hey)\b[,!]?\s*)welcome\s+to\s+(?:[A-Za-z0-9&.'-]+\s+){0,3}?[A-Za-z0-9&.'-]+\s*!
ok Hi! How can I help you today?
ok You're now chatting with Priya from the billing team.
ok I'm Bolt, your virtual assistant.
ok Hi, I'm a bot. Please describe your issue in a few words.
ok Pick a topic:
no I am a bit confused by the bill
ok Welcome to Harbourline live chat!
ok You are now connected to the Fernway customer care team.
ok Hi, welcome to Harbour Homes! While I find someone, what is your order number?
no how can I help my daughter set up the router?
no we were talking to the courier about your parcel this morning
no welcome to the new plan: your discount starts on 1 May
no you are welcome to visit our store!

pattern en.template.hold
type template
meta weight=0.4
regex \b(?:one|just\s+a|give\s+me\s+a|bear\s+with\s+me\s+(?:for\s+)?a)\s+(?:moment|minute|min|sec(?:ond)?)\b(?!\s+ago\b)
regex |\bplease\s+(?:hold\s+on|hold\s+the\s+line|hold\s*(?=[.!…,]|$)|stay\s+on\s+the\s+line)|\bwhile\s+I\s+(?:check|look|transfer|connect|pull\s+up)\b
regex |\b(?:connecting|transferring)\s+you\s+(?:now\s+)?(?:to|with)\b|\bI(?:(?:'|’)ll|\s+will)\s+(?:now\s+)?(?:transfer|connect|put)\s+you\s+(?:through\s+)?(?:to|with)\b
regex |\blet\s+me\s+(?:just\s+)?(?:check|look\s+into|have\s+a\s+look\s+at)\s+(?:that|this|it)(?:\s+for\s+you)?\s*(?:[.!…]|$)
ok One moment please.
ok Just a sec, let me check that for you.
ok Please hold on while I transfer you to one of our advisers.
ok Connecting you to a team member…
ok I'll transfer you to our returns team.
no I called you a moment ago
no the refund takes a moment to show
no please hold the parcel at the depot until Friday
no let me check with the warehouse whether the serial number 4471 matches, I'll come back by 3pm

pattern en.template.self-service
type template
meta weight=0.4
regex \byou\s+can\s+(?:also\s+)?(?:easily\s+|now\s+)?(?:view|manage|check|track|change|update|cancel|download|request|find|see|do\s+(?:this|that|it)|sort\s+(?:this|that|it)(?:\s+out)?)\b[^.!?\n]{0,80}?\b(?:any\s*time|yourself|on\s+your\s+own|24/7)\b
regex |(?:\bto\s+[^.!?\n,]{1,40},\s*)?\b(?:go\s+to|open|tap|click(?:\s+on)?|select|choose|navigate\s+to|find\s+it\s+(?:in|under))\s+(?:the\s+)?[^.!?\n]{1,40}?\s(?:>|→|›|»)\s[^.!?\n]{0,40}
regex |\b(?:in|through|via|on)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:app|website|portal|online\s+account|customer\s+area|self-service\s+\w+)\s*,?\s+you\s+can\s+(?:also\s+)?\w+
regex |\byou\s+can\s+(?:also\s+)?(?:pay|view|manage|check|track|change|update|cancel|download|request|submit|book|renew|top\s+up|see)\b[^.!?\n]{0,60}?\b(?:in|through|via|on)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:app|website|portal|online\s+account|customer\s+area)\b
regex |\bdid\s+you\s+know\s+(?:that\s+)?you\s+can\b|\b(?:here\s+are|see)\s+(?:some|a\s+few)\s+(?:articles|guides|links|resources)\b
regex |\bto\s+(?:track|check|manage|view)\s+your\s+(?:order|parcel|delivery|request|case|ticket|booking|claim)s?,?\s+(?:please\s+)?(?:visit|go\s+to|use|log\s+in)\b
ok To query a charge, go to Billing > Help with a charge.
ok You can view and manage your add-ons any time in the app.
ok You can cancel your subscription yourself under Account > Plan.
ok Did you know you can request a refund online?
ok Here are some articles that might help:
ok In the app you can also pay a bill or change your tariff.
ok You can also book a repair visit through our customer portal.
no you can expect the refund in your account by Friday
no the payment you made on the website failed because of a bank error
ok To track your order, please visit our website.
no go to the counter and show the receipt 5512
no you can expect the refund by Friday
no the engineer can see the fault in the cabinet
no I can do this for you now: the plan is changed
no In the meantime you can switch on the hotspot in the app while the repair ticket is open.

pattern en.template.recorded
type template
meta weight=0.5
regex \b(?:this|the|our|your)\s+(?:chat|call|conversation)s?\s+(?:may|might|will|is|are)\s+(?:be\s+)?(?:being\s+)?(?:recorded|monitored)\b|\bfor\s+(?:training\s+and\s+quality|quality\s+and\s+training|quality\s+assurance)\s+purposes\b
ok This chat may be recorded for training and quality purposes.
ok Calls are monitored for quality assurance purposes.
no the call recording from Monday shows the agent promised a refund
no I recorded the noise on my phone

pattern en.template.status-notice
type template
meta weight=0.5
regex \byour\s+(?:request|ticket|case|enquiry|inquiry|query)(?:\s+(?:#|no\.?\s*)?[A-Za-z0-9-]*[0-9][A-Za-z0-9-]*)?\s+has\s+been\s+updated\b
regex |\bstatus\s+(?:of\s+your\s+(?:request|ticket|case)\s+)?(?:has\s+)?(?:been\s+)?(?:changed|updated|set)\s+to\b
regex |\bwill\s+be\s+(?:closed|archived|marked\s+as\s+(?:solved|resolved))\s+automatically\b|\bautomatically\s+(?:be\s+)?(?:closed|archived)\b
regex |\b(?:incident|ticket|case|request)\s+#?\s*[A-Za-z]*[0-9][A-Za-z0-9-]*\s+has\s+been\s+(?:re-?opened|updated)\b
regex |\byour\s+(?:comments?|reply|replies|e-?mail|message|response|update)\s+(?:has|have)\s+been\s+added\s+to\s+(?:the\s+|your\s+)?(?:incident|ticket|case|request)\b
regex |\b(?:has\s+been|was)\s+(?:returned|re-?assigned|assigned)\s+to\s+the\s+(?:assigned|responsible|appropriate)\s+(?:group|team|queue)\b
regex |\b(?:this|the|your)\s+(?:chat|conversation)\s+(?:has\s+been|was)\s+closed\s+(?:automatically|due\s+to\s+inactivity)\b
ok Your request has been updated.
ok Incident INC0081234 has been reopened.
ok Your email has been added to Ticket#2026112010000043.
ok This chat was closed due to inactivity.
ok Your ticket #77120 has been updated.
ok The status of your request has changed to In progress.
ok If we don't hear from you within 7 days, this request will be closed automatically.
no the tariff has been updated: you pay 12 pounds now
no we updated your address

pattern en.template.chat-closer
type template
meta weight=0.3
regex \bthank(?:s|\s+you)\s+for\s+(?:chatting|talking|speaking)\s+(?:with|to)\s+(?!me\b|him\b|her\b|them\b|the\b|my\b|your\b|a\b)
ok Thanks for chatting with Ledgerly.
ok Thank you for chatting with us today.
no Glad I could help!
no thanks for talking to the driver

# ------------------------------------------------------------------
# Refusals.

pattern en.refusal.will-not-be
type refusal
regex (?:\b(?:will|shall|can|could)\s+not\s+be\s+|\b(?:won|can|couldn|shan)(?:'|’)t\s+be\s+)
regex (?:returned|refunded|reimbursed|compensated|replaced|repaired|credited|covered|paid(?:\s+out)?|accepted|approved|reinstated|extended|waived|reversed|honou?red|exchanged|released|restored|removed|cancell?ed|written\s+off|dropped|lifted|adjusted|corrected|processed|granted|offered)\b
regex (?![^.!?\n]{0,40}?\b(?:until|unless|before|if|once)\b)
regex |\bthere(?:'|’)s\s+nothing\s+(?:more|else|further)\s+(?:we|I)\s+can\s+do\b|\bthere\s+is\s+nothing\s+(?:more|else|further)\s+(?:we|I)\s+can\s+do\b
regex |\b(?:we|I)\s+(?:have|(?:'|’)ve)\s+done\s+(?:all|everything)\s+(?:we|I)\s+can\b
ok The branch has reviewed the rental and the deposit will not be returned.
ok There's nothing more we can do.
ok the roaming charges will not be removed
ok Unfortunately the fee won't be refunded.
no the deposit will not be returned until the car is inspected
no it can be refunded
no there is nothing more to add
no Your message will not be forwarded.

pattern en.refusal.not-eligible-form
type refusal
regex \b(?:does\s+not|doesn(?:'|’)t|did\s+not|didn(?:'|’)t)\s+(?:meet|satisfy|fall\s+within)\s+(?:the\s+|our\s+)?(?:criteria|requirements|conditions|terms)\b
regex |\b(?:does\s+not|doesn(?:'|’)t|do\s+not|don(?:'|’)t)\s+qualify\s+for\b
regex |\b(?:refund|replacement|compensation|exchange|repair|cancellation|reimbursement|credit|goodwill\s+payment)s?\s+(?:is|are)(?:\s+not|n(?:'|’)t)\s+(?:possible|an\s+option|available)\b
ok Unfortunately, your claim doesn't meet the criteria for a goodwill payment.
ok Sadly, a replacement isn't possible.
ok your order does not qualify for free returns
no if the part doesn't meet the spec we will replace it
no a refund is possible within 14 days

pattern en.refusal.unable
type refusal
regex \b(?:we|I)(?:\s+(?:are|am|were)|(?:'|’)re|(?:'|’)m)\s+(?:unfortunately\s+|afraid\s+we\s+are\s+|sadly\s+)?
regex (?:unable|not\s+able|not\s+in\s+a\s+position)\s+to\b(?!\s+(?:reproduce|reach|contact|locate|find|trace|identify|see|connect|get\s+through|verify|match|open\s+(?:the|your)\s+(?:attachment|file|link)))
ok We are unable to refund this order
ok unfortunately we're not able to offer a replacement
ok I'm not in a position to approve this
no we were unable to reproduce the issue
no we were unable to reach you by phone
no you are unable to log in
no We're unable to find an account linked to this number
no we are unable to locate a booking under that name

pattern en.refusal.cannot
type refusal
regex \b(?:we|I)\s+(?:therefore\s+|unfortunately\s+|sadly\s+|still\s+|simply\s+|really\s+|also\s+)?(?:cannot|can\s*not|can(?:'|’)t|won(?:'|’)t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+
regex (?:open\s+(?:an?\s+|new\s+|the\s+|your\s+)*(?:account|claim|case|dispute)s?|fix|repair|lift|remove|release|transfer|offer|provide|issue|process|approve|grant|give|make|accept|honou?r|refund|reimburse|replace|exchange|cancel
regex |reverse|compensate|help|assist|change|reinstate|restore|extend|waive|send|bypass|reactivate|unlock|reopen|do\s+(?:that|this|it))\b
regex (?!\s+(?:you\s+)?(?:a|an|any|the|an\s+exact|a\s+firm|a\s+specific)?\s*(?:timeframe|time\s*frame|timescale|timeline|ETA|date|estimate|exact\s+time|time)\b)
ok we cannot refund digital purchases
no I'm afraid I can't give you a timeframe right now
ok We can't offer a discount
ok I'm afraid I cannot help with that
ok we won't be able to process your return
ok Unfortunately we can't do that.
ok we can't send the new item before the return is scanned
ok we cannot reactivate the account without a verified ID
ok We therefore cannot cancel it without charge.
ok That means we can't fix it under your service plan.
ok Unfortunately we can't open an account for you online
no we can't open the attachment you sent, could you resend it?
no we can't wait to help you
no I can't log in
no we can help with that

pattern en.refusal.regret
type refusal
regex \b(?:we|I|and|but)\s+(?:must\s+|have\s+to\s+)?regret\s+to\s+(?:inform|advise|tell)\b|\bregrettably\b
regex |\bwe\s+(?:must|have\s+to|will\s+have\s+to|are\s+forced\s+to)\s+(?:respectfully\s+)?(?:decline|deny|reject|refuse)\b
regex |\bour\s+decision\s+is\s+final\b|\b(?:cannot|can(?:'|’)t)\s+make\s+an\s+exception\b
ok We regret to inform you that your claim was rejected
ok We have reviewed your account again and regret to inform you that the charges stand.
ok we must decline your request
ok Our decision is final
ok we cannot make an exception
no I regret buying this
no we will decline nothing

pattern en.refusal.declined
type refusal
regex \b(?:request|claim|application|refund|return|appeal|complaint|order|chargeback|dispute|case|warranty|exchange
regex |replacement|compensation|reimbursement|cancellation|it|this|that)\s+
regex (?:(?:to|for)\s+[^.!?\n]{1,60}?\s+)?
regex (?:has\s+been|have\s+been|was|were|is|are)\s+(?:been\s+)?(?:declined|denied|rejected|refused)\b
regex (?!\s+at\s+(?:the\s+)?(?:checkout|payment|the\s+till))(?!\s+by\s+(?:the\s+|your\s+|their\s+|its\s+|an?\s+)?(?:[a-z0-9'’.-]+\s+){0,2}?
regex (?:server|servers|system|filter|firewall|gateway|bank|issuer|provider|host|network|browser|processor|app|device|carrier)\b)
regex |\bwe(?:\s+have|(?:'|’)ve)?\s+(?:declined|denied|rejected|refused)\s+(?:your|the|this)\b
regex |\b(?:has|have|(?:'|’)s|(?:'|’)ve)?\s*decided\s+to\s+(?:decline|deny|reject|refuse)\b|\bdecision\s+(?:has\s+been\s+|was\s+)?(?:made|taken)\s+to\s+(?:decline|deny|reject|refuse)\b|\bdecision\s+(?:is|was)\s+to\s+(?:decline|deny|reject|refuse)\b
ok your refund request has been denied
ok After reviewing your claim, the insurer has decided to decline the payout.
ok The decision has been made to reject your claim.
ok the claim was rejected
ok Your application is declined
ok Your request has been rejected
ok We have declined your claim
ok your refund was declined by our returns team
ok your request to cancel the contract early has been declined
no your request was not denied
no access granted
no the reset emails were rejected by your domain's mail server
no it was rejected by the spam filter
no your card was declined
no which is why it was rejected at checkout
no the emails were refused by the receiving server
no If you decide to decline the offer, reply to this email.

pattern en.refusal.not-eligible
type refusal
regex \b(?:not\s+eligible|ineligible)\s+for\b|\b(?:does\s+not|doesn(?:'|’)t|do\s+not|don(?:'|’)t)\s+qualify\b
regex |\b(?:cannot|can(?:'|’)t|can\s+not)\s+be\s+(?:refunded|returned|exchanged|reimbursed|reversed|cancell?ed|fulfill?ed|issued|approved
regex |accepted|granted|processed|waived|extended|repaired\s+(?:for\s+free|free\s+of\s+charge|under))\b
regex |\b(?:is|are)\s+not\s+covered\b
regex |\b(?:outside|out)\s+(?:of\s+)?(?:our|the)\s+(?:policy|return\s+window|refund\s+(?:period|window)|warranty(?:\s+period)?)\b
regex |\bnot\s+covered\s+by\s+(?:the|our|your)\s+(?:warranty|policy|guarantee)\b|\byou\s+are\s+not\s+entitled\s+to\b
ok this order is not eligible for a refund
ok it does not qualify for a replacement
ok the item cannot be refunded
ok this is outside of our policy
ok the damage is not covered by the warranty
ok so it can't be cancelled before March
ok Your request cannot be fulfilled
ok so the repair is not covered
no you are eligible for a refund
no it can be refunded

pattern en.refusal.we-do-not
type refusal
regex \bwe\s+(?:do\s+not|don(?:'|’)t|will\s+not|won(?:'|’)t)\s+(?:be\s+)?(?:offer|provide|give|accept|issue|allow|refund|compensat|reimburs|replac|cover|return|waiv|reimburs|extend|reinstat)
regex (?:e|es|ing|ed)?\s+(?:any\s+|the\s+|your\s+|a\s+)?(?:refunds?|returns?|exchanges?|compensation|replacements?|hotel|subscription|fee|fees|deposit|money|payment|penalty|charges?|costs?|this|that|it)\b
regex |\b(?:have\s+|has\s+)?decided\s+not\s+to\s+(?:give|offer|refund|issue|provide|compensate|approve|grant|accept|waive|reinstate|extend|renew|reopen|reverse|honou?r|reimburse|replace|exchange|cover|lift|remove|restore|uphold|pay|proceed)\b
regex |\bno\s+(?:compensation|refund|reimbursement|credit)\s+(?:is|will\s+be)\s+(?:payable|due|available|offered|given)\b|\b(?:compensation|refund|reimbursement)\s+is\s+not\s+(?:payable|due|available)\b
regex |\b(?:it\s+is|it(?:'|’)s|that\s+is|that(?:'|’)s|this\s+is)\s+not\s+possible\s+to\b
regex |\b(?:return|refund|exchange|cancellation|replacement)\s+is\s+not\s+possible\b
regex |(?:\bnot|n(?:'|’)t)\s+something\s+(?:we|I|our\s+(?:[a-z]+\s+)?(?:team|department|staff))\s+(?:can|could|are\s+able\s+to|is\s+able\s+to)\s+(?:do|offer|help|assist|support|handle|change|provide)\b
regex |\b(?:we|I)\s+can\s+only\s+(?:discuss|share|disclose)\b
ok we do not offer refunds on sale items
ok we will not be refunding the subscription fee
ok Regrettably, we will not compensate the hotel costs.
ok the management decided not to give refunds for this event
ok it is not possible to change the delivery address
ok Hello, the return is not possible.
ok That is not something we can do, I'm afraid.
ok I can only discuss the account with the cardholder
ok For that reason we won't be returning the deposit.
ok we've decided not to waive the late fee this month
ok We have reviewed your appeal and have decided not to reinstate the account
ok For this reason no compensation is payable.
ok this isn't something our team can help with
no we have decided not to charge you for the extra night
no a refund is due to arrive on Monday
no we don't charge for returns within 30 days
no we will not charge you for the return
no is it possible to change the address?
no we can help with that

pattern en.refusal.cannot-object
type refusal
regex \b(?:can(?:'|’)t|cannot|can\s+not|unable\s+to)\s+(?:give|offer|provide|issue|grant|make)\s+(?:you\s+)?
regex (?:a\s+|an\s+|any\s+)?(?:refund|compensation|replacement|discount|exception|credit|reimbursement|goodwill)\b
regex |\b(?:can(?:'|’)t|cannot|can\s+not|(?:are|am)\s+unable\s+to|won(?:'|’)t|will\s+not)\s+(?!wait\b)(?:[a-z]+\s+){1,5}?(?:under\s+(?:the\s+)?(?:warranty|guarantee)|free\s+of\s+charge|for\s+free|at\s+no\s+(?:extra\s+|additional\s+)?cost|as\s+a\s+goodwill\s+gesture)\b
ok We have looked again and can't give you a refund for the unused minutes.
ok and are unable to offer compensation
ok Unfortunately we can't carry out this repair under warranty.
ok We won't replace the handset free of charge.
no we can't wait to fix it under warranty on Monday
no we can give you a refund
no can I get a refund?

pattern en.refusal.modal
type refusal
regex \b(?:we|I|our\s+(?:team|store|shop|company|bank|hotel|airline|department|staff|agents?)|the\s+(?:airline|hotel|bank|store|shop|company|insurer|merchant
regex |landlord|carrier|manufacturer|retailer|seller|team))
regex (?:\s+(?:cannot|can\s*not|can(?:'|’)t|won(?:'|’)t|will\s+not)(?:\s+be\s+able\s+to)?|(?:\s+(?:would|are|am|were|is)(?:\s+be)?|(?:'|’)re|(?:'|’)m|(?:'|’)d\s+be)
regex \s+(?:unable|not\s+able|not\s+permitted|not\s+allowed|not\s+authori[sz]ed|not\s+in\s+a\s+position)\s+to|\s+(?:aren(?:'|’)t|isn(?:'|’)t)\s+(?:able|permitted|allowed|authori[sz]ed)\s+to)
regex (?=\s+(?:(?:unfortunately|currently|therefore|really|simply|now|also|then|be)\s+)?
regex (?:offer|provide|supply|refund|replace|waive|accommodate|disclose|add|accept|issue|credit|reimburse|reverse|cancel|change|extend|upgrade|rebook|reschedule
regex |honou?r|compensate|cover|approve|grant|release|transfer|exchange|repair|process|return|remove|lift|reinstate|restore|reopen|allow|permit|give|move|split
regex |transfer|deliver|ship|send|sell|match|discount|backdate|override|unblock|unfreeze|share\s+(?:the|their|his|her|another)|make\s+an?\s+(?:exception|refund|payment)
regex |treat|reconsider|agree\s+to|arrange|apply|activate|increase|reduce|lower|pay|authori[sz]e|sign\s+off)
regex (?:s|es|ed|ing)?\b)
regex (?!\s+(?:(?:unfortunately|currently|really|simply|yet)\s+)?(?:give|offer|provide|confirm|share)\s+(?:you\s+)?(?:a|an|any|the|an\s+exact|a\s+firm|a\s+specific)?\s*(?:timeframe|time\s*frame|timescale|timeline|ETA|date|estimate|exact\s+time|time)\b)
ok We are not permitted to disclose the account holder's details.
ok We would be unable to accommodate a late check-out on this booking.
ok Our team won't reimburse the taxi fare.
ok After investigating we will not reverse it.
ok I'm afraid we can't add a second driver to a prepaid booking.
ok We aren't able to credit you for the outage.
ok The airline won't be able to rebook you onto the earlier flight.
ok We're not authorised to change the name on the booking.
ok we can't treat this as a claim against us
no I'm afraid I can't give you a timeframe right now, but it has high priority.
no We were unable to locate you at the delivery address.
no we can't wait to see you
no I can't see any reason to refuse this
no we can't thank you enough
no we are able to refund you today
literal not
literal n't
literal n’t
literal unable

pattern en.refusal.do-not
type refusal
regex \b(?:we|our\s+(?:store|shop|company|bank|hotel|airline|policy|warranty|plan)|the\s+(?:store|shop|company|warranty|policy|plan|insurance|tariff|subscription|membership)
regex |your\s+(?:plan|policy|warranty|tariff|subscription|membership|cover|insurance|ticket|fare|package))\s+
regex (?:do\s+not|don(?:'|’)t|does\s+not|doesn(?:'|’)t)\s+(?:currently\s+)?
regex (?:offer|provide|supply|accept|issue|refund|reimburse|replace|exchange|waive|compensate|cover|extend|grant|honou?r|allow|permit|give|sell|ship|deliver|include|entitle\s+you)\b
regex (?!\s+(?:a\s+)?(?:charge|fee|penalty)\b)
ok Unfortunately, we do not supply spare chargers for devices older than three years.
ok Our store does not accept returns of opened cosmetics.
ok the warranty doesn't cover accidental damage
ok your plan does not include phone support
no We do not charge a fee for the first exchange
no do not hesitate to contact us
no I do not accept these terms

pattern en.refusal.outcome
type refusal
regex \b(?:request|claim|application|appeal|complaint|refund|dispute|chargeback|case|proposal|offer|payment|waiver|extension|exception|compensation|credit)\b
regex [^.!?\n]{0,60}?\s+(?:was|were|is|has\s+been|have\s+been|has|have)\s+(?:(?:turned\s+down|unsuccessful)\b|not\s+(?:been\s+)?(?:approved|accepted|upheld|granted|authori[sz]ed|successful)\b(?!\s+yet))
regex |\bwe(?:(?:'|’)ve\s+|\s+have\s+|\s+)turned\s+down\s+(?:your|the|this)\b|\bwe(?:(?:'|’)re|\s+are)\s+(?:declining|rejecting|denying|refusing)\s+(?:your|the|this)\b
regex |\b(?:fee|charge|penalty|fine|surcharge|decision)\s+(?:stays|remains\s+(?:in\s+place|unchanged|on|payable|due)|will\s+(?:stay|remain)\s+(?:in\s+place|on|unchanged)|stands)\b(?!\s+(?:waived|cancell?ed|refunded|removed|off|at\s+zero))
regex |\b(?:is|are)\s+non-?refundable\b|\b(?:is|are|was|were)\s+excluded\s+(?:under|by|from)\b
regex |\bnot\s+something\s+(?:the|our|your)\s+(?:warranty|policy|insurance|plan|cover|guarantee|contract)\s+covers\b
ok I'm sorry to say your warranty claim has been turned down.
ok the annual fee stays on the account
ok The goodwill payment you asked for has not been approved.
ok Your application for a fee waiver was unsuccessful.
ok We're declining the chargeback because the parcel was signed for.
ok the security deposit is non-refundable
ok your breakdown claim is excluded under the policy wording
ok this repair is not something the warranty covers
no Your claim has been approved and the payment will follow
no your refund has not been approved yet
no the decision to refund you stands, the money is on its way
no the fee stays waived for the first year

# ------------------------------------------------------------------
# Justification markers.

pattern en.justification.policy
type justification
regex \baccording\s+to\s+(?:our|the)\s+(?:policy|policies|terms|rules|conditions|agreement|contract|guidelines
regex |(?:refund|return|privacy)\s+policy|warranty|terms\s+(?:of\s+service|and\s+conditions))\b
regex |\bper\s+our\s+(?:policy|terms|rules)\b
regex |\b(?:our|the)\s+(?:refund|return|returns|exchange|warranty|cancellation|privacy|membership)\s+polic(?:y|ies)\b
regex |\bper\s+our\s+[a-z]+\s+policy\b|\bterms\s+and\s+conditions\b|\bwarranty\s+(?:terms|exclusions|conditions)\b
regex |\bthe\s+warranty\s+does\s+not\s+cover\b|\b(?:clause|section|article)\s+[0-9]+(?:\.[0-9]+)*\b
regex |\brequired\s+by\s+law\b|\bRegulations\b|\bAct\s+[0-9]{4}\b
regex |\b(?:per|under|in\s+line\s+with)\s+(?:our|the|company|your\s+company(?:'|’)s)\s+(?:[a-z-]+\s+){0,3}?polic(?:y|ies)\b
regex |\bpolicy\s+(?:§\s*)?[0-9]+(?:\.[0-9]+)+\b
regex |\b(?:under|per|in\s+line\s+with|according\s+to)\s+(?:the|our)\s+(?:[a-z-]+\s+){1,3}?(?:rules|regulations|requirements)\b
regex |\b(?:EU|EC|UK)\s+Regulation\b|\bRegulation\s+(?:\((?:EC|EU)\)\s+)?(?:No\.?\s*)?[0-9]+/[0-9]+\b|\bextraordinary\s+circumstances\b
regex |\b(?:anti-money[-\s]laundering|AML|KYC|data[-\s]protection|sanctions)\s+(?:rules|regulations?|laws?|requirements|legislation|checks)\b
regex |\b(?:rate|fare|booking|tariff|ticket|offer|promotion|promo|plan)\s+(?:conditions|rules|terms)\b|\bnon-?refundable\s+(?:rate|fare|ticket|booking|tariff)\b
ok according to our policy
ok According to the terms of service
ok per our policy, refunds take 14 days
ok see our Returns Policy
ok Per our exchange policy, the replacement ships later
ok the terms and conditions you accepted
ok a 12-month minimum term (clause 4 of the agreement)
ok we are required by law to keep records
ok Per our data retention policy, recordings are deleted after 90 days
ok this is restricted by IT policy 4.3
ok under EU Regulation 261/2004
ok which counts as extraordinary circumstances
ok Under anti-money laundering rules we must see you in person
ok as stated in the rate conditions you accepted
ok the room was booked at a non-refundable rate
ok Under the card scheme rules, a dispute must be raised within 120 days.
no your policy number 88123 is active
no policy 2 of 3 documents attached
no according to the courier
no according to you
no under the rules you mentioned I should get a refund

pattern en.justification.consequence
type justification
regex (?:[^.!?\n]*[0-9][^.!?\n]*|[^.!?\n]{40,300})[.!?:]\s+(?:therefore|for\s+this\s+reason|for\s+that\s+reason|that\s+is\s+why|this\s+is\s+why|consequently|as\s+a\s+result|because\s+of\s+this)\b
ok The courier confirmed delivery to your safe place on 8 May. Therefore we are unable to refund the order.
no Hi Sam! Therefore we cannot help.

# A refusal that gives its cause in the same sentence: "we can't refund
# this because the item has been used"; "we can't do Saturday: our
# couriers only run exchanges on weekdays" (a rule after a colon). A
# bare reference to a check is no cause ("because the review is
# complete").
pattern en.justification.cause
type justification
regex (?:\bnot|\bcannot|(?<!\bdo)n(?:'|’)t|\bunable|\bno\s+longer)\b[^.!?\n]{0,80}?(?:,\s*)?\b(?:because|since)\s+
regex (?!(?:the|our|your)\s+(?:review|check|checks|investigation|assessment)\s+(?:is|was|has\s+been)\s+(?:complete|completed|closed|finished|done)\b)
regex (?:[^\s.!?]+\s+){2}[^\s.!?]+
regex |(?:\bnot|\bcannot|(?<!\bdo)n(?:'|’)t|\bunable|\bno\s+longer)\b[^.!?\n:]{0,80}:\s*[^.!?\n]{0,100}?\b(?:only|never)\b
ok Unfortunately we can't refund this because the item has been used.
ok We cannot replace the handset, since the warranty ended in March.
ok Unfortunately we can't do Saturday: our couriers only run exchanges on weekdays.
no We cannot refund this because the review is complete.
no Sorry for the wait because of the holidays. We'll check.
no We cannot help you.
no Don't worry, because we are on it now.

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

pattern en.justification.finding
type justification
regex \b(?:inspection|diagnostics?|diagnosis|investigation|examination|assessment|report|service\s+cent(?:re|er)|technician|engineer|review|audit|checks)
regex \b[^.!?\n]{0,40}?\b(?:found|find|showed|shows|confirmed|revealed|states|detected|established|says|said|concluded|determined|indicates|indicated)\b
regex |\b(?:liquid|water|physical|mechanical|accidental|impact|limescale)\s+damage\b|\bproof\s+of\s+delivery\b
regex |\bimproper\s+(?:installation|use|handling)\b|\b(?:the\s+)?seal\s+was\s+broken\b
ok the inspection found liquid damage on the main board
ok as our service centre found
ok the merchant provided proof of delivery
ok the review found the goods were used beyond the trial
ok the engineer's report says the compressor failed because of a power surge
ok caused by improper installation
no we found your order
no the courier was late

pattern en.justification.structural
type justification
regex \b(?:after|having|on|upon)\s+(?:investigating|reviewing|checking|examining|inspecting|looking\s+into|investigation|review|inspection|examination)\b(?!\s+(?:in|out)\b)
regex [^.!?\n]{0,80}?\bwe\s+(?:found|established|confirmed|determined|can\s+see|saw|noticed|discovered)\b
regex |\bour\s+(?:investigation|review|checks|records|inspection|assessment|engineers?|technicians?|audit|logs)\s+(?:has\s+|have\s+)?(?:found|showed|show|shows|confirmed|revealed|indicated?|indicates|established)\b
regex |\b(?:records|logs|tracking\s+data|scan\s+history|GPS\s+data|camera\s+footage)\s+(?:clearly\s+)?(?:show|shows|showed|confirm|confirms|confirmed|indicate|indicates)\b
regex |\b(?:regulation|rule|paragraph|schedule|annex|article|section|clause)\s+[0-9]+(?:\.[0-9]+)*(?:\s?\([a-z0-9]{1,3}\))?(?![0-9])
regex |\bservice\s+level\s+(?:terms|agreement)\b|\bSLA\b
regex |\b(?:our|the|your)\s+(?:rental|booking|loan|account|membership|subscription|purchase|sale|service|user|tenancy|lease|insurance)\s+(?:terms|conditions|agreement|contract)\b
regex |\bpolicy\s+wording\b|\b(?:under|per)\s+the\s+(?:terms|policy|contract|agreement|lease|warranty)\b
regex |\blegal\s+(?:limit|requirement|minimum|obligation)s?\b|\bthe\s+law\s+(?:requires|does\s+not\s+allow|doesn(?:'|’)t\s+allow|prohibits|forbids)\b
ok After investigating, we found that the payment was authorised with your PIN
ok the courier's records show the parcel was signed for
ok denied under Regulation 12(b) of the scheme
ok our service level terms start at four hours
ok excluded under the policy wording
ok the tyres were worn beyond the legal limit
ok our investigation found no fault on the line
no You can see your current slot in the Orders section of your account.
no Our investigation into the delivery delay is still open.
no after checking in, we found the room was lovely

# ------------------------------------------------------------------
# Resolutions.

pattern en.resolution.dispatched
type resolution
meta kind=dispatch
regex (?<!\bnot\s)(?<!\bn't\s)(?<!\bn’t\s)(?<!\bwill\s)(?<!\bshould\s)(?<!because\sit\s)(?<!since\sit\s)(?<!\bas\sit\s)\b(?:has|have)\s+(?:now\s+|just\s+|already\s+|today\s+)?been\s+
regex (?:dispatched|shipped|posted|mailed|couriered|sent\s+out|issued|delivered|handed\s+(?:over\s+)?to\s+(?:the\s+)?courier)\b(?![^.!?\n]{0,80}?\b(?:with\s+us|to\s+us|by\s+the\s+(?:supplier|manufacturer|factory|vendor))\b)
regex |(?<!\bnot\s)(?<!\bif\sit\s)(?<!\bwhen\sit\s)\b(?:was|were)\s+(?:just\s+|already\s+|finally\s+)?(?:dispatched|shipped|posted|couriered|sent\s+out)\b(?![^.!?\n]{0,60}?\b(?:but|yet|still|never|supposed|meant)\b)(?![^.!?\n]{0,60}\?)
regex |\b(?:is|are)\s+(?:now\s+)?(?:on\s+(?:its|their)\s+way|out\s+for\s+delivery|in\s+the\s+post|in\s+transit)\b(?=[^.!?\n]{0,80}\btracking\b)
regex |(?<!\bnot\s)(?<!\bwill\s)(?<!\bshould\s)(?<!\bbe\s)\b(?:was|were|has\s+been|have\s+been)\s+(?:successfully\s+)?delivered\s+(?:to\s+(?:you\b|your\s+(?:door|home|address|house|flat|apartment|mailbox|letterbox|locker|neighbou?r|pick-?up\s+point|parcel\s+locker|safe\s+place))|this\s+morning|today|at\s+[0-9])(?![^.!?\n]{0,60}?\b(?:but|wrong|not|never|supposed)\b)(?![^.!?\n]{0,60}\?)
regex |\b(?:is|are)\s+now\s+(?:available|ready|live|active|visible)\s+(?:in|on|to|for)\s+(?:your|you)\b
regex |\b(?:parcel|package|order|replacement|router|modem|device|card|item|goods|phone|laptop|voucher|documents?)\s+(?:is|are|(?:'|’)s)\s+(?:now\s+|already\s+)?(?:on\s+(?:its|their)\s+way|in\s+transit)\b(?![^.!?\n]{0,60}\?)
regex |\b(?:went|was\s+sent)\s+out\s+(?:today|this\s+morning|yesterday|earlier)\b
regex |(?<!\bnot\s)\b(?:was|were)\s+(?:dispatched|shipped|posted|mailed|couriered)\s+(?:today|this\s+morning|yesterday|earlier\s+today)\b
ok Your replacement card is in the post, tracking number RR123456789GB.
ok The missing items were delivered to your door at 14:05, signed for by J. Smith.
ok Your replacement kettle was dispatched this afternoon with Royal Mail.
ok your cardigan in size M has been dispatched with USPS, tracking number 9400 1118
ok Your voucher has been issued
ok Your corrected bill is now available in your online account.
ok the replacement went out this morning
ok Good news - your new router is on its way.
ok your replacement card was posted today, tracking RM112233445GB
no UPS shows the parcel was delivered to your returns center on November 10.
no The screen has been dispatched by the supplier and should be with us on Monday.
no It was dispatched on 3 May but never arrived.
no Was it shipped yet?
no your parcel has not been dispatched yet
no it will be shipped tomorrow
no the engineer is on his way
no is my order on its way?
no the replacement has been ordered
no we are not able to cancel this order because it has already been shipped

pattern en.resolution.customer-receipt
type resolution
meta role=customer
regex \b(?:got|received|have)\s+(?!(?:the\s+|your\s+|a\s+|my\s+)?(?:written\s+|new\s+)?(?:confirmation|e-?mail|message|reply|response|letter|notification|update|answer|info|information|details|link|number|call|text|sms|card)\b)
regex (?:it|them|the\s+[a-z]+|my\s+[a-z]+|the\s+[a-z]+\s+[a-z]+)\b(?:\s+(?:today|now|this\s+morning|yesterday|back))?[,.!]?\s*
regex (?=[^?\n]{0,40}\b(?:thanks?|thank\s+you|cheers|perfect|great|brilliant|fits|all\s+good)\b)(?![^.!?\n]{0,60}?\bbut\b)(?![^.\n]{0,60}\?)
regex |\b(?:is|are|(?:'|’)s|(?:'|’)re)\s+(?:now\s+)?(?:producing|online|streaming|charging|connecting|loading)\s+(?:again|fine|normally|now)\b
regex |\b(?:received|got\s+it|arrived|it\s+came)\b\s*(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening)|just\s+now|earlier)\s*)?[,.!-]?\s*(?=(?:many\s+)?(?:thanks?|thank\s+you|cheers)\b)
regex |^\s*confirmed\s*[-–—:,!.]\s*(?=[^?\n]{0,160}\b(?:thanks?|thank\s+you|cheers)\b)(?![^.!?\n]{0,80}?\b(?:but|still|not)\b)
ok Received this morning, thank you.
ok Confirmed - the backup ran overnight and all files are there. Thanks!
ok Got it today and it fits perfectly. Thanks Jenna!
ok received, thanks
ok Tech just left, he reset the inverter and it's producing again
no Confirmed - it still fails with the same error, thanks anyway
no I have the same problem
no got your message, but it still fails?
no I got the written confirmation, thank you.

pattern en.resolution.on-our-side
type resolution
regex (?<!\bnothing\s)(?<!\bnothing\shas\s)(?<!\bnothing(?:'|’)s\s)(?<!\bnothing\shad\s)
regex \b(?:changed|updated|corrected|adjusted|amended|applied|removed|cancell?ed|switched|fixed)(?:\s+(?:it|this|that|them|the\s+[a-z]+))?\s+(?:to\s+[^!?\n]{1,30}?\s+)?on\s+our\s+(?:side|end)\b
regex (?![^.!?\n]{0,40}?\b(?:but|yet|still|will)\b)
ok it's already been changed to £71.36 on our side
ok we have corrected it on our end
no we have not changed anything on our side yet
no nothing changed on your side
no yes, nothing has changed on our side, the visit is still on

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

# A refund issued: an issuance, like a dispatch (meta kind=dispatch): a
# resolution even when the message says when the money will show
# ("Your refund of £89.00 has been processed today. It will appear on
# your statement within 3-5 working days"); the ladder still waits for
# that promise (SPEC 7).
pattern en.resolution.refund-issued
type resolution
meta kind=dispatch
regex \b(?:refund|reimbursement|credit)\s+of\s+[^!?\n]{1,40}?\s+(?:was|has\s+(?:now\s+|already\s+|just\s+|finally\s+)?been)\s+(?:successfully\s+)?(?:issued|processed|sent|credited|completed)\b
ok Your refund of £89.00 has been processed today.
ok Your refund of £45 has now been processed.
ok Your refund of €42.50 for order 88341 was issued today
no the refund of $20 was not issued

pattern en.resolution.refunded
type resolution
regex \b(?:refund|credit|reimbursement|chargeback|reversal)\s+(?:has|have)\s+(?:now\s+|already\s+)?been\s+
regex (?:successfully\s+)?(?:processed|issued|completed|credited|sent|made|(?:approved|initiated)(?![^.!?\n]{0,40}?\b(?:(?:will|should|may|is\s+going\s+to)\s+(?:be|take|arrive|appear|reach)|submitted|forwarded|passed\s+(?:on|to)|sent\s+to\s+(?:our|the)|queued|pending|awaiting)\b))\b
regex |\b(?:we|I)(?:\s+have|(?:'|’)ve)\s+(?:cancell?ed|closed|stopped|removed)\s+[^.!?\n]{1,60}?\s+and\s+(?:(?:have|'ve)\s+)?(?:refunded|credited|reimbursed|returned)\b
regex |\b(?:we|I)(?:\s+have|(?:'|’)ve)\s+(?:now\s+|already\s+|just\s+)?(?:refunded|credited|reimbursed|reversed|restored|replaced
regex |issued\s+(?:a|the|your)\s+(?:full\s+)?refund)\b
regex |\b(?:amount|money|funds|charge|payment)\s+(?:has\s+been|have\s+been|was|were)\s+(?:refunded|credited|returned|reversed)\b
regex |\b(?:account|access|service)\s+has\s+been\s+(?:restored|reinstated|reactivated|unlocked)\b
ok Your refund has been processed
ok we have refunded the full amount
ok We've issued a full refund
ok the charge has been reversed
ok your access has been restored
ok the duplicate payment was returned to your account
no your refund will be processed
no the refund of $20 was not issued
no we have not refunded you
ok We have cancelled the extra subscription and refunded the £9.99 charge
ok your refund has been approved.
no refund pending
no Your refund has been approved and will be processed within 5-7 business days
no the refund has been initiated and should arrive next week
no Your refund has been approved and submitted to our payments team.

pattern en.resolution.customer-works
type resolution
regex \bit(?:(?:'|’)s|\s+is)?\s+(?:now\s+)?work(?:s|ing)\s+(?:now|again|fine|perfectly)\b
regex |(?:^|[,;.!]\s*|\band\s+)works?\s+(?:perfectly|fine|great|again|like\s+new)\b(?![^.!?\n]{0,40}?\b(?:but|until|except)\b)
regex |\b(?:refund|payment|transfer|credit|reimbursement)\s+(?:has\s+)?(?:gone|went)\s+through\b
regex |\bI\s+can\s+(?:now\s+|finally\s+)?(?:log\s+in|sign\s+in|access|connect|use\s+it|see\s+it)\b(?=[^.!?\n]{0,30}?\b(?:now|again|thanks?|thank\s+you)\b)(?![^.!?\n]{0,40}?\b(?:but|only)\b)
regex |\b(?:is|are|(?:'|’)s)\s+(?:now\s+)?back\s+(?:to\s+normal|under|below|within)\b
regex |\b(?:that|this)\s+(?:fixed|solved|resolved)\s+(?:it|the\s+(?:issue|problem))\b|\b(?:problem|issue)\s+solved\b
regex |\b(?:that|this|it)(?:(?:'|’)s|\s+has)?\s+worked\b(?![^.!?\n]{0,40}?\b(?:but|until|before|previously|when\s+I\s+bought|for\s+(?:a|an|one|two))\b)(?![^.!?\n]{0,40}\?)
regex |\b(?:I|we)(?:\s+have|(?:'|’)ve)?\s+(?:received|got)\s+(?:my|the|our)\s+(?:refund|money)\b
regex |\byou\s+can\s+close\s+(?:this|the|my)\s+(?:ticket|case|request)\b|\beverything\s+(?:is\s+)?work(?:s|ing)\s+(?:now|again|fine)\b
ok The refund went through today, reference RF-7731.
ok Confirmed, I can log in now. Thank you!
ok Picked it up, works perfectly. Thanks!
ok latency is back under 2 seconds
ok thanks, it works now
ok problem solved!
ok I received my refund, thank you
ok you can close this ticket
ok That fixed it
ok That's worked, cheers!
no I can log in now but the balance is wrong
no works fine for a day, but then it stops
no it still doesn't work
no I have not received my refund
no does it work now?
no it worked for a day but now it fails again
no It worked fine before the update.
no has that worked?

pattern en.resolution.done
type resolution
regex \b(?:I|we)(?:\s+have|(?:'|’)ve)?\s+(?:just\s+|now\s+|already\s+)?(?:unlocked|moved|removed|updated|changed|reset|rescheduled|corrected|waived|applied|repaired|replaced|fixed|restored|reconnected|unblocked|reinstated|renewed|reactivated|re-?enabled)\s+(?:it|the|your|them)\b
regex (?![^.!?\n]{0,60}?\b(?:twice|times|still|but|nothing|no\s+luck|didn(?:'|’)t|doesn(?:'|’)t|won(?:'|’)t|isn(?:'|’)t)\b)
regex |\b(?:engineers?|technicians?)\s+(?:have\s+)?(?:repaired|fixed|restored)\s+(?:it|the)\b|\b(?:all\s+)?services?\s+(?:is|are)\s+(?:now\s+)?back\s+(?:online|up|to\s+normal)\b
regex |\b(?:has|have)\s+been\s+(?:credited|refunded)\s+to\s+your\b|\border\s+is\s+(?:now\s+)?complete\b
regex |\b(?:issue|problem|outage|fault|incident)(?:\s+(?!not\b)[#A-Za-z0-9-]+){1,4}?\s+(?:was|has\s+been)\s+(?:fixed|resolved|solved|restored)\b
regex |\bit(?:'|’)?s\s+working\s+now\b|\b(?:yep|yes),?\s+(?:it\s+)?works\b|\ball\s+good\b|\bgot\s+(?:the|my)\s+money\s+back\b
regex |\b(?:package|parcel|order|item|refund)\s+(?:has\s+)?arrived\b(?!\s+(?:damaged|broken|late|empty|open|wrong))|\bthanks\s+for\s+sorting\b
ok Hi! I've unlocked it for you
ok I've moved the delivery to Wednesday
ok the cashback has been credited to your card
ok The outage in your area was resolved at 14:20
ok your incident INC0054321 has been resolved by the Service Desk
ok its working now!! thx
ok yep works, thanks mate
ok got the money back yesterday, all good
ok Yes, the package arrived this morning
ok I've applied the SPRING20 code to your order
ok engineers repaired it at 14:20 and all services are back online
no my order arrived damaged
no services are not back online yet
no the issue has not been fixed
no we will reset your password tomorrow
ok We fixed the typo in today's release
ok I've changed it to the new one, please try again.
ok we replaced the faulty hinge and the door closes properly now
no I've reset the modem three times already and it still drops
no I reset it twice but it didn't help
no it's not working now

pattern en.resolution.passive-done
type resolution
regex (?<!should\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!must\s)(?<!will\s)(?<!\bto\s)(?<!n't\s)(?<!n’t\s)
regex \b(?:has|have)\s+(?:now\s+|already\s+|just\s+)?been\s+(?:successfully\s+|fully\s+)?
regex (?:restored|removed|repaired|unblocked|lifted|reinstated|reactivated|re-?enabled|reconnected|corrected|replaced|unlocked|renewed
regex |(?:changed|switched|updated|moved|cancell?ed|reset)\b(?=[^.!?\n]{0,60}?\b(?:as\s+(?:you\s+)?(?:asked|requested)|at\s+your\s+request|per\s+your\s+request)\b))\b
regex (?![^.!?\n]{0,60}?\b(?:yet|but\s+(?:it|the\s+[a-z]+|this|that)\s+(?:still|is|isn|has|broke|failed|stopped|went|keeps)|still\s+(?:not|doesn|isn|won)|again\s+(?:failed|broke|stopped)|broke\s+(?:down\s+)?again|stopped\s+working)\b)
regex |\b(?:job|work|repair|request|task|order|change)\s+is\s+(?:now\s+)?(?:done|complete|completed|finished)\b
regex |\b(?:recalculation|adjustment|correction|rebill|re-?billing|exchange|replacement|reinstatement|reconnection|repair)\s+(?:has\s+(?:now\s+)?been|was|is\s+now)\s+(?:successfully\s+)?(?:done|completed|carried\s+out|made|applied|processed|finished)\b(?![^.!?\n]{0,60}\?)
regex |\b(?:was|were)\s+(?:successfully\s+|fully\s+)?(?:repaired|restored|reconnected)\s+(?:at|on|this|today|yesterday|earlier|last\s+night|overnight)\b
regex (?![^.!?\n]{0,60}?\b(?:but\s+(?:it|the\s+[a-z]+|this|that)\s+(?:still|is|isn|has|broke|failed|stopped|went|keeps)|still\s+(?:not|doesn|isn|won)|again\s+(?:failed|broke|stopped)|broke\s+(?:down\s+)?again|stopped\s+working)\b)
ok your mailbox has been restored and all the missing emails are back
ok The block on international calls has been removed from your line
ok The pump has been repaired this afternoon
ok Your plan has been switched to annual billing as you asked.
ok Your tariff has been changed to Unlimited 30 as you requested
ok Good news: the job is done - we replaced the faulty hinge
ok The fibre cut was repaired at 03:10 and service is back
ok The recalculation has been done, your October bill is reduced by 2147 roubles.
ok The adjustment has been applied to your account.
no The recalculation will be done next month.
no Has the correction been made?
no the delivery date has been changed to 5 May
no it should have been repaired by now
no your card has been blocked
no the fault has not been repaired
no your access has been restored but it still fails
no the work is not done
no The heating was repaired on Monday but it broke again today.

pattern en.resolution.customer-confirms
type resolution
regex (?:\ball\s+(?:sorted|fixed|good\s+now|working\s+(?:now|again))\b|\b(?:is|are|(?:'|’)s|(?:'|’)re)\s+(?:now\s+|finally\s+)?back\s+on\b(?!\s+(?:sale|track|the\s+list|schedule|order))
regex |\b(?:is|are|(?:'|’)s)\s+(?:now\s+|finally\s+)?up\s+and\s+running\b|\bthat\s+did\s+the\s+trick\b|\bworks?\s+like\s+a\s+charm\b
regex |\b(?:has|have)\s+(?:finally\s+)?(?:turned\s+up|come\s+through|shown\s+up)\b)(?![^.!?\n]{0,60}\?)
ok All sorted - the new card arrived and I've activated it.
ok Hot water is back on since this morning
ok the heating's back on, thanks
ok the new router is up and running. Thanks!
ok that did the trick, thank you
ok the money has finally come through
no when will the heating be back on?
no the jacket is back on sale
no is it all sorted?
no the water is not back on

pattern en.resolution.passive-lex
type resolution
regex (?<!\bwill\s)(?<!should\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!must\s)(?<!\bto\s)(?<!n't\s)(?<!n’t\s)(?<!\bnot\s)(?<!\bif\s)(?<!once\s)(?<!when\s)(?<!until\s)(?<!whether\s)
regex \b(?:(?:has|have)\s+(?:now\s+|already\s+|just\s+|finally\s+)?been|(?:was|were)|(?:is|are)\s+(?:now\s+)?|(?:it|that|this)(?:'|’)s\s+(?:now\s+)?(?:been\s+)?)\s*
regex (?:successfully\s+|fully\s+|finally\s+|completely\s+|now\s+)?
regex (?:fixed|resolved|solved|corrected|rectified|remedied|repaired|restored|refunded|reimbursed|reversed|voided|waived|reactivated|reinstated|re-?enabled
regex |reconnected|unblocked|unlocked|unfrozen|unsuspended|lifted|patched|compensated|credited(?:\s+back)?|sorted(?:\s+out)?|written\s+off|redelivered|reissued
regex |deployed|rolled\s+back|reverted|re-?synced|released\s+(?:to\s+you|back)|recalculated|re-?billed
regex |(?:changed|switched|updated|moved|cancell?ed|downgraded|upgraded|adjusted|amended|removed)(?=[^.!?\n]{0,60}?\b(?:as\s+(?:you\s+)?(?:asked|requested)|at\s+your\s+request|per\s+your\s+request)\b))\b
regex (?!\s+(?:yet|only|partially|when|once|if|after\s+(?:you|we|I)|within|until|as\s+soon\s+as)\b)(?![^.!?\n]{0,60}\?)
regex (?![^.!?\n]{0,60}?\b(?:but\s+(?:it|the\s+[a-z]+|this|that|now|then)\s+(?:still|is|isn|has|broke|failed|stopped|went|keeps|came)|still\s+(?:not|doesn|isn|won|fails|drops)|again\s+(?:failed|broke|stopped)|broke\s+(?:down\s+)?again|stopped\s+working|only\s+(?:partially|half|part)|partially)\b)
ok Fix is deployed and the queue is drained.
ok the duplicate charge of $34.99 has been voided
ok your account was reactivated this morning and you can sign in again
ok Your SIM is reactivated and the number is live again.
ok The overcharge was credited back to your account on Tuesday.
ok Your subscription has been downgraded to the free plan as requested
ok Your bill has been recalculated.
ok the leak has finally been fixed
no the issue will be fixed on Monday
no Your access can be restored once you verify your identity
no Has my refund been processed yet?
no the issue was fixed last week but it broke again
no you were refunded only partially
no the heating was restored?
no Your SIM is reactivated when you top up
no your deposit is refunded after you return the keys

pattern en.resolution.entry-removed
type resolution
regex \b(?:charge|fee|block|restriction|hold|suspension|entry|penalty|limit|surcharge|overcharge|debit|marker|flag|lock|ban|late\s+fee|debt)s?
regex (?:\s+(?!(?:not|will|should|can|may|might|must|would|could)\b)[^\s.!?]+){0,5}?\s+(?:has\s+been|have\s+been|was|were|is\s+now|are\s+now|(?:'|’)s\s+been)\s+(?:now\s+|fully\s+)?
regex (?:removed|lifted|cancell?ed|cleared|deleted|dropped|waived|reversed|refunded|written\s+off)\b(?![^.!?\n]{0,60}\?)
ok The incorrect entry is now removed from your credit file.
ok the late fee on your March bill was waived
ok the hold on your card has been lifted
no the block will be removed after the check
no the charge has not been reversed
no was the fee waived?

pattern en.resolution.active-lex
type resolution
regex (?:\b(?:we|I)(?:\s+have|(?:'|’)ve)?|\b(?:our|the)\s+(?:engineers?|technicians?|team|engineering\s+team|billing\s+team|support\s+team|developers?|staff|specialists?)(?:\s+(?:have|has))?)
regex \s+(?:now\s+|already\s+|just\s+|also\s+|manually\s+|successfully\s+|fully\s+|finally\s+)?
regex (?:fixed|resolved|solved|corrected|rectified|remedied|repaired|restored|refunded|credited|reimbursed|reversed|voided|waived|reactivated|reinstated|re-?enabled
regex |reconnected|unblocked|unlocked|unfroze|patched|replaced|reissued|compensated|sorted(?:\s+out)?|wrote\s+off|issued\s+(?:a|the|your)\s+(?:full\s+|partial\s+)?(?:refund|credit)
regex |released|refreshed|re-?synced|deployed|rolled\s+back|reverted|re-?activated|activated|re-?enabled|enabled|cleared|lifted|removed\s+the\s+(?:charge|fee|block|hold|limit)|merged|(?:cancell?ed|closed)\s+(?:the|your)\s+(?:duplicate|extra|second|old|subscription|order|contract|direct\s+debit)
regex |(?:put|added|applied|issued|posted|paid)\s+(?:a|the|an|your)\s+(?:[£$€][0-9][0-9.,]*\s+)?(?:goodwill\s+)?(?:credit|refund|payment|compensation|voucher|gesture)\b)\b
regex (?!\s+(?:it\s+)?(?:yet|if|whether|once|when)\b)
regex (?![^.!?\n]{0,60}?\b(?:twice|times|still|but|nothing|no\s+luck|no\s+change|didn(?:'|’)t|doesn(?:'|’)t|won(?:'|’)t|isn(?:'|’)t|again\s+and\s+again|myself\s+but)\b)(?![^.!?\n]{0,60}\?)
ok I've put the £25 goodwill credit on your account.
ok We've now closed the duplicate account and merged your orders.
ok I have released the €300 manually just now.
ok We've deployed the fix to all accounts.
ok I refunded the shipping cost to your original payment method.
ok Our engineers patched the billing bug overnight; invoices now show the right amount.
ok We have rectified the error on your statement.
ok we voided the second charge
no I have restarted the router four times and it still drops every hour.
no I replaced the batteries but nothing changed
no we fixed it?
no Have you refunded me yet?

pattern en.resolution.cancelled
type resolution
meta role=company
regex (?<!\bonce\s)(?<!\bwhen\s)(?<!\bif\s)(?<!\bafter\s)(?<!\buntil\s)\b(?:we|I)(?:\s+have|(?:'|’)ve)?\s+(?:now\s+|already\s+|just\s+)?(?:cancell?ed|closed|terminated|stopped|switched\s+off|turned\s+off|disabled)\s+
regex (?:the|your)\s+(?:[a-z-]+\s+)?(?:subscription|membership|contract|plan|direct\s+debit|renewal|auto-?renewal|add-?on|bundle|standing\s+order|recurring\s+payment)\b
regex (?![^.!?\n]{0,60}?\b(?:but|yet|once|when|if|after|until)\b)(?![^.!?\n]{0,60}\?)
ok We've cancelled the subscription, so you won't be billed again.
ok I have now closed your broadband contract with effect from today.
ok we disabled the auto-renewal on your account
no we cancelled the subscription but you were still charged
no have we cancelled your membership?
no once we've cancelled the contract you will get a final bill

pattern en.resolution.they-did
type resolution
meta role=company
regex \bthey(?:(?:'|’)ve|\s+have)\s+(?:now\s+|already\s+|just\s+)?(?:fixed|resolved|refreshed|re-?synced|restored|deployed|released|replaced|repaired|reset|unblocked|unlocked|reactivated|re-?enabled|corrected|refunded|credited|reconnected)\b
regex (?![^.!?\n]{0,60}?\b(?:but|yet|still|if|once)\b)
regex |\byou\s+should\s+now\s+(?:see|be\s+able\s+to|have|receive|find)\b
ok They've refreshed it and re-synced your feed.
ok you should now see all transactions up to today
no they have fixed it once but it broke again
no you should now wait for the engineer

pattern en.resolution.back-working
type resolution
regex \b(?:has|have)\s+been\s+(?:working|running)\s+(?:perfectly|fine|normally|again|well)\b
regex |\b(?:fix|patch|update|correction|change)\s+(?:has\s+)?(?:went|gone|is\s+now|is|(?:'|’)s\s+now|(?:'|’)s|was)\s+live\b|\b(?:fix|patch)\s+(?:has\s+been|was)\s+(?:deployed|rolled\s+out|released|applied)\b
regex |\bback\s+up\s+and\s+running\b|\b(?:fault|error|alarm|warning|code)\s+(?:has\s+)?cleared\b
regex |\b(?:been\s+)?(?:rock\s+)?(?:solid|stable)\s+(?:for|since|ever\s+since)\b(?=[^?\n]{0,60}\b(?:thanks?|thank\s+you|no\s+(?:drops|issues|problems|errors))\b)
regex |(?:[£$€][0-9][0-9.,]*)\s+(?:has\s+)?(?:finally\s+)?(?:landed|arrived|came\s+through|cleared|showed\s+up)\b
regex |\b(?:the\s+)?(?:tech|techs|technician|engineer|plumber|electrician|fitter)\s+(?:has\s+)?(?:replaced|repaired|fixed|restored|reconnected|installed)\s+(?:the|your|a|an)\b
regex (?![^.!?\n]{0,60}?\b(?:still|but|wrong|again)\b)
ok The fix is live in version 2.4.1.
ok the heating has been working perfectly since Wednesday
ok The fix went live last night.
ok the patch was deployed to your account this morning
ok the F.28 fault has cleared and the boiler is back up and running
ok Been solid for over 24 hours now, no drops at all. Thanks!
ok the $149.99 landed on my card this morning
ok the tech replaced a corroded splitter at the pole
no it has been working badly
no the fix will go live on Friday
no the engineer replaced the wrong part and it still leaks

pattern en.resolution.customer-state
type resolution
regex (?:\b(?:refund|money|payment|credit|reimbursement|compensation|cashback|funds|deposit)\s+(?:has\s+|have\s+)?(?:finally\s+|now\s+|just\s+)?
regex (?:landed|arrived|came\s+through|cleared|showed\s+up|turned\s+up|hit\s+my\s+(?:account|card|bank))\b
regex |\b(?:is|are|(?:'|’)s)\s+(?:now\s+)?back\s+(?:in|on)\s+my\s+(?:account|card|balance|wallet)\b
regex |\b(?:has|have|(?:'|’)s|(?:'|’)ve)\s+(?:finally\s+|now\s+|just\s+)?come\s+through\b|(?:[£$€][0-9][0-9.,]*)\s+(?:is\s+|(?:'|’)s\s+)?back\s+(?:in|on)\s+my\s+(?:account|card|balance|wallet)\b
regex |\b(?:is|are|(?:'|’)s|(?:'|’)re)\s+(?:now\s+|finally\s+|all\s+)?(?:warm|hot|on|back\s+on|connected|online|dry|quiet|normal|charging|streaming)\s+again\b
regex |\b(?:money|refund|payment|funds|credit|deposit)\s+(?:is|are|(?:'|’)s)\s+(?:now\s+|finally\s+)?(?:in|on)\s+my\s+(?:account|card|balance|wallet|statement)\b
regex |\b(?:everything|all)(?:(?:'|’)s|\s+is|\s+seems)\s+(?:fine|ok|okay|good|great|normal)\s+now\b
regex |\b(?:parcel|package|order|delivery|replacement|item|card|router|voucher)\s+(?:has\s+)?(?:finally\s+)?(?:turned\s+up|arrived|came|showed\s+up)\b(?!\s+(?:damaged|broken|late|empty|open|wet|without|in\s+pieces))(?=[^?\n]{0,40}\b(?:thanks?|thank\s+you|cheers)\b)
regex |\b(?:I|we)(?:\s+have|(?:'|’)ve)\s+been\s+(?:fully\s+)?(?:refunded|reimbursed|compensated|credited)\b
regex |\b(?:doesn(?:'|’)t|does\s+not|don(?:'|’)t|do\s+not|hasn(?:'|’)t|has\s+not)\s+(?:crash|freez|drop|fail|disconnect|hang|leak|flicker|reboot|restart|jam|beep|overheat|buffer|lag|stutter|glitch|charge\s+me|bill\s+me)[a-z]*\s+(?:any\s*more|since)\b
regex |\bno\s+longer\s+(?:crash(?:es)?|freez(?:es)?|drops?|fails?|errors?|charg(?:es|ing)|appears?|shows?\s+up|happens?|disconnects?|hangs?|leaks?|flickers?|logs?\s+me\s+out|reboots?|restarts?|times?\s+out|bounces?|gets?\s+declined|bills?\s+me)\b
regex |\b(?:is|are|(?:'|’)s|(?:'|’)re)\s+(?:now\s+|finally\s+)?(?:working|running)\s+(?:again|fine|normally|properly|perfectly)\b|\bworks?\s+(?:again|fine\s+now|perfectly\s+now)\b
regex |\b(?:it|that|this|everything)(?:(?:'|’)s|\s+is|\s+has\s+been|(?:'|’)s\s+been)\s+(?:now\s+|all\s+)?sorted(?:\s+out)?\b
regex |\b(?:problem|issue|error|noise|leak|glitch|fault|bug|message|warning)\s+(?:has\s+|have\s+)?(?:finally\s+|now\s+|completely\s+)?(?:gone\s+away|went\s+away|disappeared|vanished|cleared\s+up)\b)
regex (?![^.!?\n]{0,60}\?)(?![^.!?\n]{0,60}?\b(?:but|then|until|only|for\s+(?:an|a|one|two|a\s+few)\s+(?:hour|day|minute|while)s?)\b)
ok Thanks - the office is warm again.
ok The refund's come through, thank you.
ok £120 back on my card this morning, thanks!
ok Just checked my bank - the refund landed yesterday. Thanks!
ok The app no longer crashes when I open the camera. Cheers.
ok Internet is working again since the engineer's visit.
ok I've been refunded in full, so we can close this.
ok No need to pass this to anyone else, it's sorted.
ok the rattling noise has gone away
ok yes the money is in my account now
ok The engineer came and everything is fine now.
ok The parcel turned up this morning, thank you.
ok it hasn't crashed since
no is the heating on again tomorrow?
no it was warm again for an hour but then the boiler cut out
no it doesn't charge anymore
no Is the internet working again?
no the money is not in my account
no is the money in my account yet?
no everything is fine now but it was broken for a week and I want compensation
no the parcel arrived damaged, thanks for nothing
no the refund arrived but only half of it
no it was working again for an hour, then dropped
no has the money arrived?

# ------------------------------------------------------------------
# The company passing the matter up, to a manager or the complaints
# team (SPEC 7: "an escalation was promised"); done or announced, not a
# stock hand-over to "the relevant team".
pattern en.escalated.manager
type escalated
regex (?<!\bif\s)(?<!\bunless\s)\b(?:I|we)(?:\s+have|(?:'|’)ve|\s+will|(?:'|’)ll|\s+am\s+going\s+to|(?:'|’)m\s+going\s+to)?\s+(?:now\s+|just\s+|already\s+|personally\s+)?
regex (?:escalated?|passed|pass|referred|refer|forwarded|forward|raised|raise|handed|hand|transferred|transfer)\s+
regex (?:(?:this|it|your\s+(?:case|complaint|ticket|request|issue|claim|query|enquiry|file)|(?:the\s+)?(?:case|complaint|matter|issue|ticket))(?:\s+[#A-Z0-9-]{3,20})?\s+)?
regex (?:over\s+|up\s+|on\s+)?(?:to|with)\s+(?:my|our|the|a|your)\s+(?:[a-z-]+\s+){0,2}?
regex (?:manager|supervisor|superior|team\s+lead(?:er)?|senior\s+[a-z]+|management|complaints?\s+(?:team|department|unit)|escalations?\s+(?:team|department|desk)|head\s+of\s+[a-z]+|service\s+recovery\s+team|executive\s+(?:office|team))\b
regex |\b(?:case|complaint|ticket|request|issue|claim|query|enquiry|matter|file)(?:\s+[#A-Z0-9-]{3,20})?\s+(?:has\s+(?:now\s+)?been|was|is\s+(?:now\s+)?(?:being\s+)?|will\s+be)\s+
regex (?:escalated|passed|referred|forwarded|raised|handed\s+over|transferred|assigned)\s+(?:up\s+)?(?:to|with)\s+(?:my|our|the|a)\s+(?:[a-z-]+\s+){0,2}?
regex (?:manager|supervisor|superior|team\s+lead(?:er)?|senior\s+[a-z]+|management|complaints?\s+(?:team|department|unit)|escalations?\s+(?:team|department|desk)|head\s+of\s+[a-z]+|service\s+recovery\s+team|executive\s+(?:office|team))\b
ok I have escalated your case to my manager.
ok Your complaint has been passed to our complaints team.
ok I'll escalate this to my supervisor today.
ok I have escalated case 48213 to the Service Recovery Team.
ok Your case has been escalated to a senior engineer.
no I have passed your request to the relevant team.
no I want this escalated to a manager.
no My manager will call you.

# Escalation requests by the customer. meta request= says what for.

pattern en.escalation.actual-answer
type escalation-request
meta request=solution
regex \b(?:get|give|want|need|expect|receive|provide|have|deserve|owe)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|some\s+)?(?:actual|real|proper|straight|concrete|specific|meaningful|honest|clear|working|permanent)\s+(?:answer|response|reply|update|explanation|fix|workaround|solution|remedy)\b
regex |\bwhat\s+(?:exactly|specifically|concretely)\s+(?:is\s+being\s+done|are\s+you\s+(?:doing|going\s+to\s+do)|will\s+(?:you|be)\s+(?:do|done)|happens\s+next)\b
regex |\b(?:stop|no\s+more)\s+(?:sending\s+(?:me\s+)?)?(?:templates|canned\s+(?:replies|responses)|copy[-\s]?paste[ds]?)\b
ok Could I get an actual answer?
ok Can you give me a straight answer?
ok what exactly is being done about my case?
ok give me an actual fix or a workaround
ok we need a permanent fix, not another restart
no Thanks for the clear explanation, that helps.
no the actual charge was higher
no a working fix was deployed on Monday

pattern en.escalation.solution
type escalation-request
meta request=solution
regex \b(?:provide|give|offer|propose|tell|name)\s+(?:me\s+|us\s+)?(?:with\s+)?an?\s+(?:concrete|specific|real|actual|proper|exact|firm|definite|precise)\s+
regex (?:solution|resolution|answer|plan)\b(?![^\n]{0,60}?\b(?:just\s+curious|no\s+rush)\b)
regex |\bwhat\s+(?:exactly|specifically|concretely)\s+(?:will|are)\s+you\s+(?:do|doing|going\s+to\s+do)\b
regex |\bstop\s+sending\s+(?:me\s+)?(?:canned|template|generic|copy[-\s]paste)\b|\bthat(?:'|’)s\s+not\s+an\s+answer\b
regex |\bthis\s+is\s+a\s+template\s+answer\b|\bnot\s+a\s+copy[-\s]?paste\b
regex |\b(?:you\s+)?(?:didn(?:'|’)t|did\s+not)\s+answer\s+my\s+question\b
regex |\b(?:I|we)\s+(?:really\s+|still\s+|now\s+)?(?:need|want|expect|demand|require|(?:would|'d|’d)\s+like)\s+(?:to\s+(?:get|see|have|receive)\s+)?
regex (?:a\s+|an\s+)?(?:concrete|specific|real|actual|proper|clear|definite|exact|firm|precise)\s+(?:solution|resolution|answer|plan|action)\b(?!\s+of\b)
regex |\bI\s+(?:want|need|demand|would\s+like|(?:'|’)d\s+like)\s+to\s+know\s+(?:exactly\s+)?(?:who|what)\s+(?:is\s+going\s+to|will|you\s+(?:will|are\s+going\s+to))\s+(?:fix|do|repair|resolve|sort)\b
regex |\btell\s+(?:me|us)\s+(?:exactly|specifically|concretely)\s+what\b|\btell\s+(?:me|us)\s+what\s+(?:exactly|specifically|concretely)\s+
regex (?:you\s+(?:will|are\s+going\s+to|intend\s+to|plan\s+to)|is\s+(?:being\s+done|wrong|happening))\b
ok Please provide a concrete solution
ok I need a concrete solution: either refund the money or explain
ok I demand a real answer
ok tell me exactly what is wrong with the return
ok I want to know who is going to fix the line and when.
ok tell me what exactly you will do
ok what exactly will you do about it?
ok stop sending me canned responses
ok you didn't answer my question
no we need an exact date of purchase from you
no a concrete wall
no what will you have for lunch
no we need a specific serial number from you
no I need a concrete mixer
no tell me what you think
no Can you give me a concrete date? Just curious, no rush.
no I need an exact date for the repair
no Give me a firm date, please.

pattern en.escalation.justification
type escalation-request
meta request=justification
regex \bon\s+what\s+(?:grounds|basis)\b
regex |\b(?:explain|state|provide|give|tell|send|set\s+out)\s+(?:(?:me|us)\b\s*)?(?:,?\s*in\s+writing\s*,?\s*)?the\s+(?:reasons?|grounds|basis|justification)\s+for\s+
regex (?:the|this|your|each|every|any|all)\s+(?:[a-z]+\s+)?[a-z]+
regex |\bwhich\s+(?:policy|rule|clause|section|law)\s+(?:are\s+you|is\s+this)\s+(?:referring|based)\b
regex |\bjustify\s+(?:your|the|this)\s+(?:refusal|decision|denial)\b|\bwhat\s+(?:rule|policy|clause|law)\s+says\s+(?:that|so)\b
regex |\b(?:explain|tell|give|send)\s+(?:me\s+|us\s+)?(?:the\s+|your\s+)?reasons?\s+(?:why\s+)?(?:you|this|it|the)\b
regex |\b(?:explain|clarify)\s+(?:to\s+me\s+)?why\b
regex |\bwhich\s+(?:term|clause|policy|rule|section|condition|law|regulation)s?\b[^.!?\n]{0,40}?\b(?:relying|based|referring)\s+on\b
regex |\b(?:which|what)\s+(?:[a-z]+\s+)?(?:term|clause|policy|rule|section|condition|law|regulation)s?\s+(?:exactly\s+)?(?:excludes?|prevents?|forbids?|allows?|says|covers?|applies)\b
regex |\bwhat\s+(?:exactly\s+)?did\s+(?:the|your)\s+(?:diagnostics?|inspection|check|assessment|investigation|review|engineer|technician|inspector|assessor)\s+(?:find|show|say)\b
ok On what grounds was my refund refused?
ok please explain the reason for the refusal in writing
ok Please send me, in writing, the reason for each charge with the amount
ok set out the grounds for every deduction from my deposit
ok which policy are you referring to?
ok Please tell me the reason you are refusing.
ok Can you explain why the fee applies to me?
ok which term of my contract you are relying on
ok why not?? what rule says that?
ok What exactly did the diagnostics find, and which warranty term excludes this?
no I have grounds for divorce
no the reason is unclear
no I can explain the situation

pattern en.escalation.supervisor
type escalation-request
meta request=supervisor
regex \b(?:want|wish|(?:would|(?:'|’)d)\s+like|need|demand|ask)\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?:a|your|the)\s+
regex (?:supervisor|manager|superior|team\s+lead(?:er)?|senior)\b
regex |\bplease\s+escalate\b|(?<!no\s)(?<!n't\s)(?<!n’t\s)(?<!not\s)\b(?:want|need|ask|demand)\s+(?:you\s+)?(?:to\s+)?escalate\b
regex |(?<!no\sneed\sto\s)(?<!n't\sneed\sto\s)(?<!n’t\sneed\sto\s)(?<!will\s)(?<!'ll\s)(?<!’ll\s)(?<!we\s)(?<!have\s)
regex \bescalate\s+(?:this|it|the\s+matter|my\s+(?:case|complaint|ticket|request|issue|claim))\s+(?:up\s+)?to\s+(?:your|a|the)\s+(?:[a-z]+\s+)?(?:manager|supervisor|superior|boss|team\s+lead(?:er)?|management|senior)
regex |\b(?:forward|pass|send|refer|hand|give)\s+(?:my|this|the|our)\s+(?:complaint|case|request|ticket|issue|claim|query|file)\s+(?:on\s+|over\s+)?to\s+
regex (?:someone|somebody|a\s+person|anyone|(?:a|your|the)\s+(?:manager|supervisor|superior|team\s+lead(?:er)?)|(?:your\s+)?management)\b
regex |\bsomeone\s+(?:with|who\s+has)\s+(?:the\s+)?(?:authority|power)\b|\bsomeone\s+who\s+can\s+(?:actually\s+)?(?:make|take)\s+(?:a|the)\s+decision\b
regex |\b(?:transfer|connect|put)\s+me\s+(?:to|through\s+to|with)\s+(?:a|your|the)\s+(?:supervisor|manager)\b
regex |\b(?:let\s+me|can\s+I|could\s+I|may\s+I)\s+(?:talk|speak)\s+(?:to|with)\s+(?:a|your|the)\s+(?:supervisor|manager|superior)\b
regex |\b(?:talk|speak)\s+(?:to|with)\s+someone\s+(?:more\s+senior|senior|in\s+charge)\b
regex |\b(?:want|need|(?:would|'d|’d)\s+like|ask\s+for|demand|expect)\s+(?:this|it|my\s+(?:case|complaint|ticket|request|issue|claim)|the\s+(?:matter|case|complaint))\s+(?:to\s+be\s+)?escalated\b
regex |\bwho\s+is\s+your\s+(?:manager|supervisor)\b
regex |\b(?:want|need|(?:would|'d|’d)\s+like|ask\s+for|demand|expect)\s+(?:this|it|my\s+(?:case|complaint|ticket|request|issue|claim)|the\s+(?:matter|case|complaint))\s+(?:to\s+be\s+)?(?:handled|dealt\s+with|reviewed|looked\s+at|taken\s+over|checked|decided|picked\s+up)\s+(?:now\s+)?by\s+(?:a|your|the|some|someone)\s+(?:[a-z-]+\s+)?(?:manager|supervisor|superior|team\s+lead(?:er)?|senior|more\s+senior)\b
regex |\b(?:want|need|(?:would|'d|’d)\s+like|ask\s+for)\s+(?:this|it|my\s+(?:case|complaint|request|claim))\s+(?:to\s+be\s+)?(?:passed|referred|forwarded|sent|handed|taken)\s+(?:on\s+|up\s+|over\s+)?to\s+(?:a|your|the|some)\s+(?:[a-z]+\s+)?(?:manager|supervisor|superior|senior)\b
regex |\b(?:want|need|(?:would|'d|’d)\s+like)\s+(?:a|your|the|some)\s+(?:more\s+)?(?:senior\s+[a-z]+|manager|supervisor|superior)(?:\s+or\s+(?:a|your|the)\s+(?:manager|supervisor|senior\s+[a-z]+))?\s+to\s+(?:look\s+(?:at|into)|review|handle|deal\s+with|take\s+over|call\s+me|contact\s+me)\b
ok I would like this passed to a manager, please.
ok I need a senior adviser or a manager to look at this.
ok I'd like to speak to a supervisor please.
ok I want to speak to a supervisor
ok Please escalate this to your manager
ok connect me with your manager
ok I demand to escalate
ok let me talk to your supervisor
ok Can I talk to a manager please
ok I'd like to speak with someone more senior
ok I want this escalated. Who is your manager?
ok I would like this escalated to a supervisor or team leader, please.
ok I'd like my case escalated to your support manager.
ok Escalate this to your supervisor, please.
ok Pass my complaint on to someone who actually has the authority to approve a refund.
ok please forward my complaint to your manager
ok I want someone with the authority to decide
ok I would like this handled by a supervisor now, please.
ok I want my complaint reviewed by a senior manager.
no I'd like this dealt with by the courier, not the shop.
no I would like this passed to the courier.
no I need a manager's signature on the form?
no we have escalated your case
no my manager will call
no No need to escalate any more, the technician fixed it.
no there's no need to escalate this to your manager
no I will escalate this to the ombudsman

pattern en.escalation.written
type escalation-request
meta request=written
regex \b(?:reply|respond|answer)\s+(?:to\s+me\s+)?in\s+writing\b|\b(?:a|your)\s+written\s+(?:response|reply|answer|confirmation)\b
regex |(?<!I\swill\s)(?<!I'll\s)(?<!I’ll\s)\bput\s+(?:it|this|that)\s+in\s+writing\b
regex |\b(?:please|I(?:'|’)d\s+like|I\s+would\s+like|I\s+want|I\s+need|I\s+request|I\s+ask\s+for|give\s+me|send\s+me|explain)\b[^.!?\n]{0,80}?\bin\s+writing\b
regex |\b(?:put|send|give|provide|confirm|set\s+out|state)\s+(?:me\s+|us\s+)?(?:your|the|this|that|its)\s+(?:final\s+|official\s+)?(?:decision|answer|response|reply|position|refusal|offer)\s+(?:to\s+me\s+)?in\s+writing\b|\bwant\s+a\s+written\s+(?:explanation|statement)\b|\bconfirm\s+(?:this\s+|it\s+)?in\s+writing\b
ok Please reply in writing
ok I want a written response
ok put it in writing
ok Please put your decision in writing and send it to this address.
ok send me your decision in writing
ok please explain the reason for the refusal in writing
ok Please give me the reason for the refusal in writing, with the warranty clause you are relying on.
no I'll put it in writing in my next email
no I'll put the rest of the details in writing
no written by hand
no I will send you the photos in writing if needed

pattern en.escalation.authority
type escalation-request
meta request=supervisor
regex (?:\b(?:I|we)(?:(?:'|’)d|\s+would)\s+like|\b(?:I|we)\s+(?:want|need|demand|request|insist\s+on)|\bcan|\bcould|\bmay|\bplease\s+(?:have|get|let)|\b(?:have|get|let)(?<!I\shave))
regex \s+(?:for\s+)?(?:a|the|your|some|someone|somebody|an?\s+actual)\s*
regex (?:supervisor|manager|superior|team\s+lead(?:er)?|senior\s+(?:member|agent|person|colleague)|(?:higher|more\s+senior)\s+(?:up|person|level)|higher\s+up|more\s+senior|in\s+charge|with\s+(?:more\s+)?authority|above\s+you|head\s+of\s+[a-z]+|complaints?\s+(?:team|department|manager)|management)\b
regex \s*(?:to\s+)?(?:review|look|call|contact|check|handle|take|get\s+(?:back|in\s+touch)|email|ring|phone|deal|decide|step\s+in|involved|on\s+this)
regex |\b(?:raise|take|bring|escalate|refer|pass|send|forward|kick)\s+(?:this|it|my\s+[a-z]+|the\s+(?:matter|issue|complaint|case|ticket))\s+(?:up\s+)?(?:with|to)\s+(?:your\s+|the\s+|a\s+)?
regex (?:supervisor|manager|superior|team\s+lead(?:er)?|management|managers|senior\s+(?:staff|management)|higher\s+up|someone\s+(?:higher\s+up|more\s+senior|in\s+charge))\b
regex |\b(?:speak|talk)\s+(?:to|with)\s+(?:someone|somebody)\s+(?:higher\s+up|above\s+you|in\s+charge|more\s+senior|with\s+(?:more\s+)?authority)\b
ok I'd like a supervisor to review this, please.
ok Can someone higher up look at my case?
ok Please raise this with your management team.
ok Please have a manager call me back today.
no Your manager Tom already called me yesterday, thanks.
no I'm a store manager myself, so I understand the delays.
no No need to pass this to anyone else, it's sorted.
no I want my manager to see this

pattern en.escalation.written-form
type escalation-request
meta request=written
regex \b(?:send|email|e-mail|mail|give|provide|put|issue|forward|want|need|expect|request|demand|(?:would|'d|’d)\s+like|require|insist\s+on)
regex (?:\s+(?!(?:got|received|have|had)\b)[^\s.!?]+){0,6}?\s+
regex (?:by\s+(?:letter|registered\s+(?:mail|post))|on\s+(?:company\s+)?letterhead|an?\s+(?:official|formal|signed)\s+(?:letter|explanation|statement|response|reply|answer|notice|decision|document)
regex |(?:a\s+)?written\s+(?:explanation|statement|decision|notice|record|confirmation|response|reply|answer|refusal))\b
ok I want your decision sent to me by letter, signed.
ok Email me an official explanation I can forward to my bank.
ok I need a written statement of the decision
no I got the written confirmation, thank you.
no Send the parcel by courier
no I received an official letter yesterday

pattern en.escalation.reason
type escalation-request
meta request=justification
regex (?<!\bknow\s)(?<!understand\s)(?<!\bsee\s)(?<!explained\s)\bwhy\b[^.!?\n]{0,60}?\b(?:rejected|refused|declined|denied|turned\s+down|blocked|suspended|not\s+(?:eligible|covered|refunded|approved|accepted))\b
regex |\b(?:quote|cite|show\s+me|point\s+me\s+to|tell\s+me|send\s+me)\s+(?:the\s+|which\s+|exactly\s+which\s+)?(?:term|clause|policy|rule|section|condition|law|regulation)s?\b(?=[^.!?\n]{0,40}?\b(?:relying|based|refer|says|means|allows|excludes|covers|you|apply|applies)\b)
regex |\bshow\s+me\s+where\s+(?:in\s+)?(?:your|the)\s+(?:terms|policy|conditions|contract|rules)\b
regex |\b(?:rejected|refused|declined|denied|turned\s+down|(?:cannot|can(?:'|’)t|won(?:'|’)t)\s+be\s+[a-z]+ed|not\s+eligible)\b[^.!?\n]{0,20}?\bwhy\s*\?
ok Why exactly was my claim rejected? Quote the term you are relying on.
ok Show me where in your terms it says refunds are excluded.
ok why was my refund declined?
ok they told me it can't be refunded, why???
no Why exactly does the app need my location? Just curious.
no I understand why my claim was rejected
no Can you tell me the opening hours of the Leeds branch?

pattern en.escalation.insist
type escalation-request
meta request=solution
regex \bwhat\s+(?:are\s+you|will\s+you)\s+(?:actually|really|concretely|now)\s+(?:going\s+to\s+)?do\b
regex |\b(?:enough|no\s+more)\s+(?:apologies|excuses|templates|canned\s+(?:replies|answers|responses))\b|\bstop\s+apologi[sz]ing\b
ok Enough apologies - what are you actually going to do to fix this?
no When exactly will the technician come? I need a day and a time slot.
no give me a date for the refund
no When exactly do you open on Sunday?
no Can you tell me the opening hours of the Leeds branch?
no I need a day off

# ------------------------------------------------------------------
# Reopens: the customer says the matter is still not solved (SPEC 4).

pattern en.reopen.still
type reopen
regex \bstill\s+(?:not|no\b|(?:hasn|haven|isn|aren|doesn|don|can|won|didn)(?:'|’)?t|shows?|showing|says|saying|getting|happening|broken|down|offline|waiting|missing|nothing|charged|charging|the\s+same|there|failing|crashing|dropping|stuck|pending|blocked|locked|empty|no\s+sign)\b
regex |\b(?:is|are|(?:'|’)s)\s+back\b(?!\s+(?:on|online|up|to\s+normal|in\s+stock|in\s+my|on\s+my))(?=[^.!?\n]{0,40}\b(?:again|since|fault|error|problem|issue|0)\b)
regex |\b(?:fault|error|problem|issue|outage|leak|noise)\s+(?:is|has\s+come|came)\s+back\b
regex |\b(?:not|n(?:'|’)t)\s+(?:working|fixed|resolved|arrived|received|come|turned\s+up|shown\s+up|been\s+refunded)\s+(?:yet|again)\b
regex |\b(?:stopped|stops)\s+working\s+again\b|\b(?:down|broken|offline|failing|disconnected|not\s+working)\s+again\b|\bsame\s+(?:problem|issue|error|fault)\b
regex |\b(?:has|have|(?:'|’)s|(?:'|’)ve)\s+(?:stopped|failed|broken|died|dropped|gone\s+(?:down|off))\s+again\b|\bworked\s+for\s+(?:a|one|two|three|a\s+few|[0-9]+)\s+(?:day|hour|minute|week)s?,?\s+(?:but|then|and\s+then)\b
regex |\bnot\s+(?:fully|completely|quite|entirely|properly)\s+(?:sorted|fixed|resolved|working|solved)\b
regex |\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|had\s+|ever\s+)?(?:come|came|called|rang|contacted|turned\s+up|shown\s+up|showed\s+up|got\s+back|replied|been\s+in\s+touch)\b
regex |\bnothing\s+(?:has\s+)?(?:arrived|changed|happened|came|turned\s+up)\b|\bno\s+(?:sign\s+of|refund|money|parcel|package|call|engineer|technician)\s+(?:yet|so\s+far)\b
ok It worked for a day, but the feed has stopped again.
ok So not fully sorted yet, I'm afraid.
ok the parcel still hasn't come
ok it still doesn't work
ok the same Grid Fault 033 is back since Saturday
ok my banking app still shows a direct debit of £498.20
ok nothing has arrived
ok nobody came and nobody called
no it works now, thanks
no the service is back online
no I'm still happy with the fix

pattern en.template.survey
type template
meta weight=0.4
regex \bhow\s+did\s+we\s+do\b|\btell\s+us\s+how\s+we\s+did\b|\bhow\s+(?:would\s+you\s+rate|satisfied\s+were\s+you\s+with)\s+(?:your|our|the|this)\b
regex |\brate\s+(?:your|our|the|this)\s+(?:experience|service|support|chat|conversation|agent|interaction)\b
regex |\b(?:take|complete|fill\s+in|fill\s+out)\s+(?:a|our|this)\s+(?:short\s+|quick\s+|brief\s+)?(?:survey|questionnaire)\b
ok How did we do?
ok Tap to rate your experience: https://example.com/csat
ok Please take a short survey about your chat.
no we did a survey of your roof on Monday
no the rate of the tariff changed on 1 May

pattern en.template.notification-footer
type template
meta weight=0.4
regex \byou(?:(?:'|’)re|\s+are)\s+receiving\s+this\s+(?:e-?mail|message|notification)\s+because\b
regex |\b(?:do\s+not|don(?:'|’)t)\s+(?:change|alter|edit|remove)\s+the\s+subject(?:\s+line)?\b
regex |\b(?:type|write|add)\s+(?:your\s+)?(?:reply|response)\s+above\s+this\s+line\b|\breply\s+above\s+this\s+line\b
regex |\byou(?:(?:'|’)ll|\s+will)\s+get\s+(?:replies|our\s+reply|a\s+reply|updates)\s+(?:here|in\s+this\s+chat)\s+and\s+(?:by|via|in\s+your)\s+e-?mail\b
ok You're receiving this email because you contacted Acme support.
ok Please do not change the subject line when replying.
ok ##- Please type your reply above this line -##
ok You'll get replies here and by email at ann@example.com.
no I am receiving this email because of a mistake in my address
no we changed the subject of the contract

pattern en.template.no-duplicates
type template
meta weight=0.4
regex \bplease\s+(?:do\s+not|don(?:'|’)t)\s+(?:open|create|submit|raise|send)\s+(?:a\s+|any\s+)?(?:new|duplicate|multiple|further|separate|additional|second|another)\s+(?:tickets?|requests?|cases?|messages?|enquir(?:y|ies)|inquir(?:y|ies)|complaints?)\b
regex |\b(?:sending|opening|creating)\s+(?:multiple|several|duplicate|more)\s+(?:messages|tickets|requests)\s+(?:may|will|can|could)\s+(?:delay|slow)\b
ok Please do not submit a second enquiry about the same matter, as this may delay our reply.
ok Please don't open a new ticket for the same issue.
ok Please don't send multiple messages, as this may delay our reply.
no I did not open a new ticket, you did
no please do not send the parcel back

pattern en.template.queue-position
type template
meta weight=0.4
regex \byou(?:(?:'|’)re|\s+are)\s+(?:currently\s+)?(?:number|no\.?|#|position)\s*[0-9]{1,3}\s+in\s+(?:the\s+)?(?:queue|line)\b
regex |\b(?:the\s+)?(?:current|estimated|expected|approximate)\s+(?:waiting|wait)\s+time\s+is\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|currently\s+)?(?:[0-9]{1,3}|a\s+few|one|two|three|four|five|ten|fifteen|twenty)\s+(?:minutes?|mins?)\b|\byour\s+(?:current\s+)?(?:position|place)\s+in\s+(?:the\s+)?(?:queue|line)\s+is\b|\bthere\s+(?:is|are)\s+[0-9]{1,3}\s+(?:people|customers|chats|others?|persons?)\s+(?:ahead\s+of|before)\s+you\b
ok The current waiting time is about 6 minutes.
ok You are number 3 in the queue.
ok Your position in the queue is 5.
ok There are 4 customers ahead of you.
no you are number one on our list of priorities to refund by Friday
no the queue at the depot was long

pattern en.template.typical-reply
type template
meta weight=0.4
regex \b(?:the\s+|our\s+)?team\s+(?:typically|usually|normally|generally)\s+(?:replies|responds|answers|gets\s+back)\s+(?:in|within)\b
regex |\b(?:typical|usual|average)\s+(?:first\s+)?(?:reply|response)\s+time\s*(?:is\b|:)
ok Our average first response time is under 4 hours.
ok The team typically replies in under 2 hours.
ok Typical reply time: a few hours
no she typically replies to my texts within a day

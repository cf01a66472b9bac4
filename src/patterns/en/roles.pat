# en/roles.pat - built-in English patterns of escalate: phrases only the
# company side of a chat writes (type operator), to tell roles apart.
#
# Format: docs/patterns.md. Every pattern carries "ok" examples that must
# match and "no" examples (traps) that must not; the unit tests run them
# all. Patterns are caseless unless "flags -". Use [0-9], not \d.
# A sender with such a phrase is the company, unless --me says otherwise;
# the customer is then the other side (see roles in docs/escalate.1).

lang en

pattern en.operator.how-can-i-help
type operator
regex \bhow\s+(?:can|may|could)\s+I\s+(?:help|assist)(?:\s+you)?\b
regex |\bis\s+there\s+anything\s+else\s+I\s+can\s+(?:help|assist|do)\b
ok Hi Tom, how can I help you today?
ok Is there anything else I can help you with?
no How can I get my money back?
no How can you help me if the card is blocked?

pattern en.operator.introduces
type operator
regex \bmy\s+name\s+is\s+[A-Z][a-z]+,?\s+(?:and\s+)?(?:I(?:'|’)?m|I\s+am|I(?:'|’)ll\s+be)\s+
regex (?:your\s+|a\s+)?(?:support\s+|customer\s+service\s+|care\s+)?
regex (?:agent|specialist|representative|advisor|adviser|assistant)
regex |\byou(?:'|’)re\s+chatting\s+with\b|\byou\s+are\s+now\s+chatting\s+with\b
ok Hello, my name is Priya and I'm your support specialist.
ok You're chatting with Sam from Nimbus.
no My name is Laura, I am a customer since 2019.
no I was chatting with an agent yesterday.

pattern en.operator.thanks-for-contacting
type operator
regex \b(?:thank\s+you|thanks)\s+for\s+(?:contacting|reaching\s+out\s+to|chatting\s+with)\s+(?!me\b)
regex |\bplease\s+rate\s+(?:this\s+chat|our\s+service|your\s+experience|the\s+conversation)\b
ok Thank you for contacting Helio support.
ok Please rate this chat when we are done.
no Thanks for contacting me so quickly.
no Thanks for the reply.

pattern en.operator.you-reached
type operator
regex \byou(?:(?:'|’)ve|\s+have)\s+(?:reached|contacted)\s+(?:the\s+)?(?:[A-Za-z0-9&.'-]+\s+){0,3}?(?:support|help\s*desk|customer\s+(?:service|care)|care\s+team|service\s+desk)\b
regex |\ban\s+agent\s+will\s+(?:join|be\s+with\s+you)\b
ok You've reached Larkspur Home support.
ok You have contacted the Orbital Telecom customer care team.
ok An agent will join the chat shortly.
no I have contacted your support three times already.
no Have you reached the support page?

pattern en.operator.one-moment
type operator
regex \bone\s+moment\s+(?:please\s+)?while\s+I\s+(?:check|look|review|pull)\b
regex |\bcould\s+you\s+(?:please\s+)?(?:confirm|provide)\s+(?:your\s+)?(?:order|account|booking)\s+number\b
ok One moment please while I check your account.
ok Could you please confirm your order number?
no Could you please confirm when I get my refund?
no One moment, I was charged twice.

# en/traps.pat - built-in English patterns of escalate: traps (not-promise) that cancel a promise, refusal or resolution hit.
#
# Format: docs/patterns.md. Every pattern carries "ok" examples that must
# match and "no" examples (traps) that must not; the unit tests run them
# all. Patterns are caseless unless "flags -". Use [0-9], not \d.

lang en

# ------------------------------------------------------------------
# Traps: phrases that look like promises, refusals or resolutions but are
# not. meta cancels= names the type a hit cancels in the same sentence.

pattern en.not-promise.if-no-reply
type not-promise
meta cancels=deadline
regex \bif\s+you\s+(?:do\s+not|don(?:'|’)t)\s+(?:hear|receive|get)\s+(?:back\s+)?(?:from\s+us|a\s+(?:reply|response|answer))\b
regex |\bif\s+(?:we|I)\s+(?:do\s+not|don(?:'|’)t|cannot|can(?:'|’)t|fail\s+to)\s+(?:reply|respond|get\s+back|hear)\b
regex |\bif\s+you\s+(?:do\s+not|don(?:'|’)t)\s+(?:reply|respond|get\s+back)\b
regex |\b(?:this\s+|the\s+|your\s+)?(?:ticket|case|request|chat|conversation)\s+will\s+(?:be\s+(?:automatically\s+)?(?:closed|re-?opened)|(?:automatically\s+)?(?:close|re-?open))\b
regex |\breply\s+to\s+this\s+(?:e-?mail|message|notification)\s+within\b
regex |\byou\s+have\s+[0-9]+\s+(?:days|hours|weeks)\s+to\b
ok if you don't hear from us within 3 days, call us
ok If you do not reply within 7 days, this ticket will be closed
ok You have 30 days to return the item
ok reply to this email within 14 days and your case will be reopened
no we will reply within 3 days
no you have been waiting

pattern en.not-promise.if-we-cannot-fix
type not-promise
meta cancels=deadline
regex \bif\s+(?:we|I)\s+(?:do\s+not|don(?:'|’)t|cannot|can(?:'|’)t|are\s+unable\s+to|fail\s+to|are\s+not\s+able\s+to)\s+
regex (?:fix|resolve|refund|deliver|ship|solve|sort|repair|replace)\b
ok If we cannot fix it by Friday, we will refund you
ok if we are unable to deliver within 5 days, you get a refund
no we will fix it by Friday
no if needed, we will fix it by Friday

pattern en.not-promise.customer-plans
type not-promise
meta cancels=deadline
meta role=customer
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

pattern en.not-promise.other-matter
type not-promise
meta cancels=resolution
regex \b(?:a|an|the)\s+(?:separate|different|unrelated)\s+(?:[a-z]+\s+)?(?:issue|problem|fault|incident|outage|bug|error|matter)\b
regex |\b(?:unrelated|not\s+related)\s+to\s+(?:your|this)\b
ok those errors were a separate issue with our email provider that has already been fixed
ok the crash you saw was unrelated to your case and is fixed now
no the issue has been fixed
no we have fixed the other problem you reported and this one too

pattern en.not-promise.conditional-resolution
type not-promise
meta cancels=resolution
regex \b(?:once|when|after|until|if)\s+(?:the\s+|your\s+|this\s+)?(?:issue|problem|refund|bug)\s+(?:has\s+been|is|was)\s+
regex (?:resolved|fixed|processed|solved)\b
regex |\b(?:once|when|after|until|if|as\s+soon\s+as)\s+(?:the\s+|your\s+|this\s+|it\s+)?(?:[a-z-]+\s+){0,3}?(?:has\s+been|have\s+been|is|(?:'|’)s|are)\s+(?:now\s+)?
regex (?:restored|removed|repaired|unblocked|lifted|reinstated|reactivated|reconnected|replaced|renewed|back\s+on|up\s+and\s+running)\b
ok once the issue has been resolved, we'll let you know
ok once the block has been removed, you can call abroad
ok as soon as the heating is back on, let us know
ok if the problem is fixed, close the ticket
no the issue has been resolved
no we fixed the issue

pattern en.not-promise.if-we-cannot
type not-promise
meta cancels=refusal
regex \bif\s+(?:we|I)\s+(?:cannot|can(?:'|’)t|can\s+not|are\s+unable\s+to|am\s+unable\s+to|won(?:'|’)t\s+be\s+able\s+to)\b
regex |\b(?:if|unless|in\s+case)\s+(?:we|I)(?:\s+(?:are|am)\s+not|\s+aren(?:'|’)t|(?:'|’)re\s+not|(?:'|’)m\s+not)\s+(?:able|allowed|permitted|in\s+a\s+position)\s+to\b
regex |\bin\s+case\s+(?:we|I)\s+(?:cannot|can(?:'|’)t)\b
ok If we cannot deliver by Friday, you will get a full refund
ok in case we can't fix it, we'll replace it
ok If we aren't able to replace the screen by Friday, we'll lend you a phone.
no we cannot refund you
no if you cannot log in, reset the password

# A step done with more to wait for in the same sentence: "the pipe has
# been replaced and we're now waiting for the network to pressure-test
# it"; "the part has arrived, we just need to wait for the engineer".
pattern en.not-promise.waiting-on
type not-promise
meta cancels=resolution
regex \b(?:(?:we|they)(?:(?:'|’)re|\s+are)|(?:we|they)\s+(?:are\s+)?now|now|still)\s+(?:just\s+)?(?:waiting|waiting\s+on|awaiting)\s+(?:for\s+)?(?:the|a|an|their|your|our|confirmation|approval|sign-off)\b
regex |\b(?:(?:we|they)\s+)?(?:just\s+|still\s+|only\s+)?(?:need|have)\s+to\s+wait\s+(?:for|until)\b
ok The pipe has been replaced and we're now waiting for the network to pressure-test it.
ok The part has arrived, we just need to wait for the engineer.
ok The claim is approved, now awaiting sign-off from finance.
no The pipe has been replaced and the water is back on.
no Refund processed, thanks for waiting for us.

pattern en.not-promise.conditional-lex
type not-promise
meta cancels=resolution
regex \b(?:once|when|after|until|if|whether|as\s+soon\s+as|let\s+(?:me|us)\s+know\s+if|check\s+(?:if|whether))\s+(?:the\s+|your\s+|this\s+|it\s+|my\s+)?(?:[a-z-]+\s+){0,3}?
regex (?:(?:has|have)\s+been|is|are|was|were|(?:'|’)s|(?:'|’)re)\s+(?:now\s+|fully\s+|successfully\s+)?
regex (?:fixed|resolved|solved|corrected|rectified|remedied|repaired|restored|refunded|reimbursed|reversed|voided|waived|reactivated|reinstated|re-?enabled
regex |reconnected|unblocked|unlocked|unfrozen|lifted|patched|compensated|credited|sorted|removed|cleared|working\s+again)\b
regex |\b(?:once|when|after|if|whether)\s+(?:it|the\s+[a-z]+|your\s+[a-z]+)\s+no\s+longer\b
ok Once the card is reactivated, you can pay again.
ok let me know if it is resolved
ok If the app no longer crashes, close the ticket.
no The card is reactivated.
no we fixed the bug

pattern en.not-promise.quoted-resolution
type not-promise
meta cancels=resolution
regex \b(?:you|they|your\s+(?:colleague|agent|email|message|team|reply)|the\s+(?:agent|rep|email|message))\s+(?:wrote|said|claimed|told\s+me|stated|replied|promised|keep\s+saying|say)
regex (?:\s+(?:me|that))*(?:\s*[:,]?\s*["“‘'][^"”’\n]{1,160}["”’']|\s+(?:that\s+)?(?:the|my|your|it|this|everything)\b[^.!?\n]{0,60}?\b(?:has\s+been|had\s+been|was|is)\s+)
ok You wrote "the issue has been resolved" but nothing has changed.
ok the agent said my refund has been processed, but no money
no The issue has been resolved.
no you said thanks

# ------------------------------------------------------------------
# Ticket traps (meta cancels=ticket): numbers that are not a ticket the
# company gave. Such a trap cancels only the ticket hit whose number it
# holds (src/analyze_hits.c), not the rest of its sentence.

pattern en.not-promise.other-reference
type not-promise
meta cancels=ticket
regex \b(?:(?<!work\s)order|booking|reservation|invoice|bill|policy|payment|transaction|refund|tracking|shipment|parcel|consignment|account|customer|membership|loyalty|confirmation|contract|receipt|VAT|tax|meter|PNR|flight|serial|model|part|SKU|voucher|coupon|gift\s+card|card|tenancy|lease|rental|property|lot|vehicle|registration|loan|mortgage|student|employee|passport)
regex (?:\s+(?:reference|ref\.?|number|no\.?|#|ID|code))?(?:\s+is)?\s*[:\-–]?\s*#?\s*(?=[A-Z0-9-]*[0-9])[A-Z0-9][A-Z0-9-]{2,30}
ok Your booking reference is ABC123.
ok order #5512 has shipped
ok Refund reference: RF-2026-1234
ok policy number 77-120044
ok invoice INV-2026-0042
ok tracking number 1Z999AA10123456784
ok Tenancy ref T-2291.
no Work order WO-77341 has been raised.
no your ticket #5512 is open
no order confirmation sent
no your booking is confirmed

pattern en.not-promise.thread-token
type not-promise
meta cancels=ticket
regex \bref:_[0-9A-Za-z]{4,18}\._?[0-9A-Za-z]{4,18}:ref\b
ok [ ref:_00D1a2b3C._5001a2B3c4D:ref ]
ok ref:_00Dxx1gEW._500xxYktg:ref
no ref: 5001a2B3c4D
no reference 12345

# ServiceNow's e-mail watermark ("Ref:MSG0012345", "Ref:MSG0012345_a1b2c3")
# threads replies; it is not the incident number.
pattern en.not-promise.watermark
type not-promise
meta cancels=ticket
regex \bRef:\s*MSG[0-9]{4,12}(?:_[0-9A-Za-z]+)?\b
ok Ref:MSG0012345
ok Ref:MSG0012345_a1B2c3D4e5
no Ref: INC0012345
no message MSG0012345

# en/claims.pat - built-in English patterns of escalate: the customer's
# formal claim (docs/law.md). meta category= names the kind of claim the
# legal periods of src/law/ are keyed by; "general" has no period of
# its own and takes the category of another claim in the message.
lang en

pattern en.formal-claim.complaint
type formal-claim
meta category=complaint
regex \b(?:formal|official|written)\s+complaint\b
regex |\bI\s+(?:would\s+like|wish|want)\s+to\s+(?:make|raise|lodge|file|submit|register)\s+(?:a\s+|an\s+)?(?:formal\s+|official\s+)?complaint\b
regex |\b(?:please\s+)?treat\s+this\s+(?:email|message|letter)?\s*as\s+a\s+(?:formal\s+)?complaint\b
ok Please treat this as a formal complaint.
ok I wish to make a complaint about the handling of my account.
ok This is my written complaint about the charges.
no We have received your complaint.
no You can make a complaint online.

pattern en.formal-claim.billing-error
type formal-claim
meta category=billing-error
regex \b(?:notice\s+of\s+(?:a\s+)?billing\s+error|billing\s+error\s+notice)\b
regex |\bI(?:\s+am|'m)?\s+(?:writing\s+to\s+)?(?:dispute|disputing|report|reporting)\s+(?:a|the|this)\s+billing\s+error\b
regex |\bI(?:\s+am|'m)?\s+(?:writing\s+to\s+)?(?:dispute|disputing)\s+(?:a|the|this)\s+charge\s+on\s+my\s+(?:credit\s+card\s+|card\s+)?(?:statement|bill|account)\b
ok This letter is a notice of billing error on my credit card account.
ok I am writing to dispute a billing error in the amount of $89.00.
ok I'm disputing the charge on my credit card statement.
no There was a billing error on our side, now corrected.
no How do I dispute a charge?

pattern en.formal-claim.transaction
type formal-claim
meta category=transaction
regex (?<!can\s)(?<!could\s)(?<!do\s)(?<!should\s)(?<!if\s)(?<!how\s)\bI(?:'m\s+disputing|\s+(?:hereby\s+)?(?:dispute|am\s+disputing|wish\s+to\s+dispute|want\s+to\s+dispute|would\s+like\s+to\s+dispute)|'d\s+like\s+to\s+dispute)\s+(?:this|the|a|these|two|three)\s+(?:[a-z]+\s+)?(?:transactions?|transfers?|payments?|debits?|withdrawals?)\b
regex |\bI(?:\s+am|'m)?\s+(?:reporting|report)\s+(?:an?\s+|this\s+|the\s+)?unauthori[sz]ed\s+(?:transactions?|transfers?|payments?|debits?|withdrawals?)\b
ok I dispute this transaction and ask you to investigate.
ok I am disputing the card payment of 12 March.
ok I'm reporting an unauthorised transaction on my account.
ok I would like to dispute the payment of £80 to Skyline Travel.
ok I'd like to dispute a debit of $45 from my checking account.
no Can I dispute this transaction?
no The transaction was disputed by the merchant.

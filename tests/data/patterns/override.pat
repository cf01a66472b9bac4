# replaces a built-in pattern by id and adds one
lang en

pattern en.ticket.servicenow
type ticket
flags -
regex \b(?<id>TKT[0-9]{5})\b
ok TKT12345
no tkt12345

pattern local.ticket.crm
type ticket
meta source=crm
regex CRM-(?<id>[0-9]{4})
ok CRM-1234
no CRM-12

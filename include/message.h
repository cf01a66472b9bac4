/* message.h - the normalized model: messages, findings, conversations.
 *
 * Ownership (stated once for the whole program): a reader allocates the
 * strings of every message it produces and hands the conversation to its
 * caller, which owns it from then on and releases it with
 * conversation_free(). Every string in these structs is owned by the
 * struct that holds it, is valid UTF-8 and has '\n' line ends. Findings
 * hold copies of the matched text, never pointers into a reader buffer. */
#ifndef ESC_MESSAGE_H
#define ESC_MESSAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "timeutil.h"
#include "util.h"

enum role { ROLE_UNKNOWN, ROLE_CUSTOMER, ROLE_AGENT, ROLE_SYSTEM };

/* Input formats: one row each in formats.def (name, channel, forming,
 * feed, reader). */
enum input_format {
#define FORMAT(id, name, channel, forming, feed, read) id,
#include "formats.def"
#undef FORMAT
};

/* The channel of a conversation (SPEC 3): e-mails are threaded, chats
 * are whole already. */
enum channel { CH_CHAT, CH_EMAIL };

/* How an input becomes conversations. */
enum conv_forming {
	CONV_NONE,	/* not read */
	CONV_FILE,	/* the file is one conversation */
	CONV_PER_CHAT,	/* one conversation per chat the file holds */
	CONV_PARTS,	/* the parts of one export (messages2.html,
			   message_2.json, ...) are one conversation */
	CONV_DAY_FILES, /* one per day file, joined per channel folder */
	CONV_THREADED,	/* one per e-mail, grouped into threads later */
};

/* How the batch hands a file to its reader. */
enum feed {
	FEED_WHOLE,  /* all of its bytes in memory, to reader_read */
	FEED_PIECES, /* an mbox: read in pieces cut where a message starts,
			in parallel (mbox_read_each) */
	FEED_STREAM, /* an Outlook mailbox: streamed from the file by its
			reader, one e-mail at a time (pst_read_each_as) */
};

struct message {
	size_t index;	     /* 1-based within the conversation */
	struct esc_time time;
	char *sender_name;   /* display name or NULL */
	char *sender_addr;   /* e-mail address or NULL */
	enum role role;
	char *text;	     /* analyzed text: quotes and signature removed */
	char *quoted;	     /* removed quoted history/signature, or NULL */
	char *signature;     /* the removed signature block (also in quoted),
				or NULL: tickets are still looked for there */
	bool notice;	     /* e-mail laid out as a helpdesk notification
				(src/notification.c): the company's */
	enum role hint;	     /* a role the input states (a service-desk
				page's role label), ROLE_UNKNOWN none */
	/* e-mail only (NULL elsewhere) */
	char *subject;
	char *message_id;
	char *in_reply_to;
	char *references; /* References ids, space-separated, no brackets */
	/* the input file it was read from, set for e-mails once read back
	 * for analysis (a thread may be merged from many files); NULL:
	 * the conversation's source */
	char *file;
	/* Set by neardup_mark() (src/neardup.c, which owns it) for every
	 * message: how many OTHER conversations of the batch hold a
	 * near-duplicate of this text once names, numbers, dates and
	 * addresses are masked; 0 when none or too short to judge. */
	size_t near_convs;
	/* Set by the analysis (src/analyze.c): the message is only a
	 * pleasantry or sign-off ("You're welcome, have a great weekend!",
	 * «Всего доброго!»), which keeps no reply promise (SPEC 5). */
	bool pleasantry;
};

enum finding_type {
	FIND_TICKET,
	FIND_DEADLINE,
	FIND_TEMPLATE,
	FIND_REFUSAL,
	FIND_RESOLUTION,
	FIND_ESCALATION_REQUEST,
	FIND_REOPEN, /* the customer says the matter is still not solved */
	FIND_FORMAL_CLAIM, /* the customer's written claim (docs/law.md) */
	FIND_UNANSWERED,   /* a customer message the company left unanswered */
	FIND_ESCALATED,	   /* the company passed the matter to a manager */
};

enum promise_kind { PROMISE_RESOLVE, PROMISE_REPLY };

enum deadline_status {
	DL_PENDING,
	DL_KEPT,
	DL_LATE,
	DL_MISSED,
	DL_VAGUE,
};

/* What a customer's escalation request asks for. */
enum request_kind {
	REQ_SOLUTION,	   /* a concrete solution */
	REQ_JUSTIFICATION, /* the reason for a refusal */
	REQ_SUPERVISOR,	   /* a supervisor / escalation */
	REQ_WRITTEN,	   /* a written answer */
};

/* The legal period a deadline with basis "law" rests on (docs/law.md);
 * every string owned. */
struct law_ref {
	char *jurisdiction; /* "ru", "uk", "eu", "us" */
	char *rule;	    /* the rule's id: "ru.zozpp-22" */
	char *citation;	    /* act and article */
	char *next;	    /* the regulator or ombudsman to turn to next */
	char *period;	    /* "10 days", "8 weeks", "15 working days" */
	bool decision;	    /* kept only by a decision: a resolution or a
			       refusal, not by any answer (docs/law.md) */
};

/* Where a finding was found: the message's analyzed text, or (tickets,
 * SPEC 4) its Subject, its removed signature, a saved page's title. */
enum finding_source { SRC_TEXT, SRC_SUBJECT, SRC_SIGNATURE, SRC_TITLE };

struct finding {
	enum finding_type type;
	size_t message;	  /* 1-based message index */
	char *match;	  /* exact matched text (copy) */
	char *pattern;	  /* pattern id (copy) */
	size_t start, end; /* byte span in the text named by source */
	enum finding_source source;

	/* ticket */
	char *value; /* normalized ticket value */

	/* deadline */
	enum promise_kind promise;
	enum deadline_status status;
	struct esc_time due; /* due.set false when vague */
	bool vague;
	bool claimed;	  /* stated by the customer as the company's promise */
	bool superseded;  /* a later promise on the matter replaces it */
	size_t kept_by;	  /* message that kept it, 0 if none */

	/* template (src/template.c owns these; docs/templates.md) */
	double score;
	double phrase;	    /* score part: phrase patterns, 0..1 */
	double neardup;	    /* score part: near-duplicate evidence, 0..1 */
	double boilerplate; /* share of the text that is boilerplate, 0..1 */
	size_t near_convs;  /* other conversations with a near-duplicate */
	int specifics;	    /* specifics that halved the score */

	/* refusal */
	bool justified;

	/* escalation-request */
	enum request_kind request;
	/* deadline with basis "law": the legal period (owned), else NULL */
	struct law_ref *law;
	/* formal-claim: the claim's category ("refund", "billing-error") */
	char *category;
	/* unanswered: whole days since the message, at --now */
	long days, working_days;
};

enum action {
	ACT_NONE,
	ACT_RESOLVED,
	ACT_REQUEST_TICKET,
	ACT_REQUEST_DEADLINE,
	ACT_REQUEST_SOLUTION,
	ACT_REQUEST_JUSTIFICATION,
	ACT_ESCALATE,
	ACT_FORMAL_COMPLAINT,
};

/* The language of the report's labels and reasons (--report-lang). */
enum report_lang { RLANG_AUTO, RLANG_EN, RLANG_RU };

struct escalation {
	int step;
	enum action action;
	enum action actions[8]; /* highest first */
	size_t n_actions;
	char *reason; /* one line, in the report language */
	char *reasons[8]; /* why each of actions[] applies, parallel */
	char *draft;  /* the next message, in the conversation's language */
	char *lang;   /* "ru" or "en": the conversation's language */
	char *report_lang; /* "ru" or "en": of the reasons and labels */
};

struct conversation {
	char *id;      /* "c1", "c2", ... in report order of inputs */
	char *source;  /* path as given */
	enum input_format format;
	char *channel; /* "email" or "chat" */
	char *subject; /* or NULL */

	struct message *msgs;
	size_t n_msgs, cap_msgs;

	struct finding *findings;
	size_t n_findings, cap_findings;

	struct strlist tickets; /* normalized, de-duplicated, best first */
	struct strlist notes;	/* e.g. "roles could not be told" */
	enum report_lang want_lang; /* --report-lang, set before the ladder */
	/* The jurisdiction whose legal periods apply (docs/law.md): "ru",
	 * "uk", "eu", "us" or "none", and whether --jurisdiction gave it
	 * (else: the default by the conversation's language). */
	char *jurisdiction;
	bool jurisdiction_given;
	struct escalation esc;
};

const char *role_name(enum role r);
const char *format_name(enum input_format f);
enum channel format_channel(enum input_format f);
enum conv_forming format_forming(enum input_format f);
enum feed format_feed(enum input_format f);
/* "email" or "chat": the spelling of conversation.channel. */
const char *channel_name(enum channel ch);
const char *finding_type_name(enum finding_type t);
const char *promise_kind_name(enum promise_kind k);
const char *deadline_status_name(enum deadline_status s);
const char *request_kind_name(enum request_kind k);
/* "text", "subject", "signature", "title". */
const char *finding_source_name(enum finding_source s);
const char *action_name(enum action a);
int action_step(enum action a);
/* Parse an action name (for --fail-on); returns false if unknown. */
bool action_parse(const char *s, enum action *out);

struct conversation *conversation_new(const char *source,
				      enum input_format format);
/* Is c (may be NULL) a conversation of the e-mail channel? */
bool conversation_is_email(const struct conversation *c);

/* A growable list of conversations, as readers hand them over: the list
 * owns what is pushed onto it. */
struct conv_list {
	struct conversation **v;
	size_t n, cap;
};

void conv_list_push(struct conv_list *l, struct conversation *c);
void conv_list_free(struct conv_list *l); /* frees the conversations */
/* Append a zeroed message with the next index; borrowed pointer valid
 * until the next append. */
struct message *conversation_add_message(struct conversation *c);
/* Append a zeroed finding; borrowed pointer valid until the next add. */
struct finding *conversation_add_finding(struct conversation *c,
					 enum finding_type type, size_t msg);
/* Insert a zeroed finding after the last finding of messages <= msg,
 * keeping findings in message order; borrowed as above. */
struct finding *conversation_insert_finding(struct conversation *c,
					    enum finding_type type,
					    size_t msg);
/* Deep copy and release of a law_ref. */
struct law_ref *law_ref_copy(const struct law_ref *r);
void law_ref_free(struct law_ref *r);
void conversation_free(struct conversation *c);
void message_clear(struct message *m);
void finding_clear(struct finding *f);

#endif /* ESC_MESSAGE_H */

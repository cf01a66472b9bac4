/* mailvocab.h - the mail layout vocabularies: the words mail clients and
 * helpdesks write around quoted history, header blocks and signatures,
 * in many locales. Data, not code: the files of src/patterns/mail/, embedded at
 * build time; the format is in docs/patterns.md.
 *
 * The vocabulary is parsed once, on first use, and is read-only after
 * that (safe to share between threads). Entries are stored case-folded
 * (fold_utf8): compare them with folded text. */
#ifndef ESC_MAILVOCAB_H
#define ESC_MAILVOCAB_H

#include <stdbool.h>
#include <stddef.h>

enum mv_section {
	MV_ATTR_END,	   /* "wrote", "schrieb", "пишет" (before ':') */
	MV_ATTR_END_WEAK,  /* "sent": only after a start word */
	MV_ATTR_START,	   /* "on", "am", "le", "w dniu" */
	MV_ATTR_WEEKDAY,   /* "mon", "пн", "montag" */
	MV_SEPARATOR,	   /* "original message" between rule characters */
	MV_SEPARATOR_LINE, /* "begin forwarded message" as the whole line */
	MV_HDR_FROM,	   /* header block fields, by meaning */
	MV_HDR_DATE,
	MV_HDR_TO,
	MV_HDR_CC,
	MV_HDR_SUBJECT,
	MV_HDR_OTHER,
	MV_MOBILE,	   /* "sent from my" at the start of a line */
	MV_MOBILE_END,	   /* "から送信" at the end of a line */
	MV_SIGNOFF,	   /* "best regards", "с уважением" */
	MV_SIGNOFF_THANKS, /* "thanks", "спасибо": alone on a line */
	MV_REPLY_ABOVE,	   /* helpdesk "please type your reply above this line" */
	MV_COMMENT_VERB,   /* "commented", «ответила» before a header's ':' */
	MV_COMMENT_PREFIX, /* "reply from", «ответ специалиста» */
	MV_FOOTER,	   /* "this email is a service from" */
	MV_HISTORY_INTRO,  /* "ticket history:", «история обращения» */
	MV_CHAT_EVENT,	   /* "operator ended the chat", «чат завершён» */
	MV_ROLE_AGENT,	   /* role labels: "(agent)", «(инженер)» */
	MV_ROLE_CUSTOMER,  /* "(initiator)", «(заявитель)» */
	MV_SECTION_COUNT
};

/* The section's name in the files ("attribution.end"). */
const char *mv_section_name(enum mv_section s);

/* Number of entries of a section, and entry i (folded, NUL-terminated). */
size_t mv_count(enum mv_section s);
const char *mv_entry(enum mv_section s, size_t i);
/* The locale tag of entry i ("en", "ru"). */
const char *mv_locale(enum mv_section s, size_t i);

/* Length of the longest entry that folded text t[0..n) starts with,
 * followed by the end of t or by a character that is not a letter or
 * digit; 0 when none. */
size_t mv_prefix(enum mv_section s, const char *t, size_t n);
/* Length of the longest entry that t[0..n) ends with, preceded by the
 * start of t or by a character that is not a letter or digit; 0 if none. */
size_t mv_suffix(enum mv_section s, const char *t, size_t n);
/* Whether t[0..n) is an entry. */
bool mv_equals(enum mv_section s, const char *t, size_t n);
/* Whether an entry stands anywhere in t[0..n) as whole words. */
bool mv_contains(enum mv_section s, const char *t, size_t n);

/* Parse one vocabulary file into a fresh table (for the tests and for the
 * built-in files). Returns 0, or -1 with *err "NAME:LINE: message"
 * (newly allocated). Entries are added to the process-wide table only
 * through the built-in load; this entry point checks a file. */
int mailvocab_check(const char *name, const char *data, size_t len,
		    size_t *entries, char **err);

#endif /* ESC_MAILVOCAB_H */

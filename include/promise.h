/* promise.h - which time expressions of a message are promises (SPEC 5).
 *
 * A promise is read from the clause around a time expression, not from
 * a list of verbs: in a company message, a recognised time expression
 * (a deadline pattern) is a promise unless an exclusion holds - the
 * clause speaks of the past, orders the customer to act, is negated,
 * sits inside a condition, asks a question, states a general policy or
 * opening hours. The grammar comes from patterns of type "clause" (meta
 * class=...) and from the promise patterns; docs/promises.md describes
 * the design. In a customer's message, a time expression in a sentence
 * with a claim ("you promised ...") is a claimed deadline. */
#ifndef ESC_PROMISE_H
#define ESC_PROMISE_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "match.h"
#include "message.h"

struct text_span {
	size_t start, end;
};

/* One message as the analysis sees it: its text, its pattern hits (a
 * hit is live unless dead[i]), each hit's sentence, the sentences. */
struct msg_view {
	struct conversation *c; /* findings are appended here */
	const struct message *msg;
	const char *text;
	size_t len;
	const struct hit *hits;
	size_t n_hits;
	const bool *dead;
	const size_t *sent_of;
	const struct text_span *sent;
	size_t n_sent;
	const struct calendar *cal; /* NULL: Mon-Fri */
	struct strlist *warnings;
};

/* Append the deadline findings of the message: the company's promises
 * ('company'), else the customer's claims of an earlier promise. */
void promises_find(const struct msg_view *v, bool company);

/* Whether hit i stands inside an open condition of its sentence: a
 * clause hit of class condition before it, no comma or semicolon
 * between ("if it is fixed", «если деньги вернутся»). */
bool hit_in_condition(const struct msg_view *v, size_t i);

/* Whether a condition opens hit i's sentence before it, whatever the
 * commas: the whole sentence is then conditional ("If it is not fixed
 * by Friday, I will escalate this"). */
bool hit_after_condition(const struct msg_view *v, size_t i);

/* Grammar classes of "clause" patterns (meta class=NAME). */
enum clause_class {
	CL_NONE,
	CL_FUTURE,    /* will, going to, будет, perfective/nonpast verbs */
	CL_PAST,      /* past tense, perfect, past participles */
	CL_ORDER,     /* the customer is asked or allowed to act */
	CL_NEGATION,  /* won't, can't, не + verb */
	CL_CONDITION, /* if, unless, если: to the next comma */
	CL_GENERIC,   /* usually, opening hours, validity */
	CL_BOUNDARY,  /* and, but, и, но: a new clause starts */
	CL_REPLY,     /* answer, call, update: a reply promise */
	CL_DECISION,  /* a decision: a resolve promise */
	CL_REMEDY,    /* a remedy verb in the future: refund, repair */
	CL_COURTESY,  /* thanks, you're welcome, have a nice day */
	CL_COUNT
};

/* The class of a hit: a clause pattern's meta class, CL_FUTURE for a
 * promise pattern, else CL_NONE. */
enum clause_class clause_class_of(const struct hit *h);
/* Parse a class name; false if unknown. */
bool clause_class_parse(const char *s, enum clause_class *out);

#endif /* ESC_PROMISE_H */

/* template.h - the template score of a company message (SPEC 4).
 *
 * A message is a template when its score reaches TEMPLATE_REPORT. The
 * score combines three parts: the phrase patterns that hit (their
 * weights), the near-duplicate evidence (how many other conversations of
 * the batch received the same masked text, see neardup.h) and the share
 * of the text that is boilerplate; specifics (a dated promise to resolve,
 * a resolution, a justified refusal, numbers outside the boilerplate and
 * then a ticket) halve it. The
 * formula, with a worked example, is in docs/templates.md. */
#ifndef ESC_TEMPLATE_H
#define ESC_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"
#include "patterns.h"

#define TEMPLATE_REPORT 0.5	   /* a score at or above is a finding */
#define TEMPLATE_DEFAULT_WEIGHT 0.3 /* a pattern without meta weight= */
#define TEMPLATE_NEUTRAL_WORDS 3   /* a sentence this short is a greeting */
#define TEMPLATE_NEAR_KEEP 0.4	   /* neardup part = 1 - KEEP^n */
#define TEMPLATE_NEAR_MAX 16	   /* n counted up to this */
/* the evidence of a message made only of boilerplate and fillers */
#define TEMPLATE_ALL_BOILERPLATE 0.6
#define TEMPLATE_ALL_PHRASE 0.3    /* ... with at least this phrase part */
#define TEMPLATE_ACK_PHRASE 0.1    /* ... or this, beside a ticket and a
				    * reply-time promise */
#define TEMPLATE_ALL_COVER 0.3	   /* ... and its phrases this share of each sentence */
#define TEMPLATE_FILLER_WORDS 12   /* a longer reply promise says more */
#define TEMPLATE_FILLER_UNSPECIFIC 16 /* ... unless it names nothing of the case */
#define TEMPLATE_UNSPECIFIC_WORDS 30 /* an unspecific sentence up to this */
#define TEMPLATE_MENU_WORDS 6	   /* a bot's menu item: "1 — Баланс" */
#define TEMPLATE_FOOTER_WORDS 12  /* a letter's last line, its signature */
#define TEMPLATE_QUOTE_MAX 300	   /* bytes of a near-duplicate's quote */
/* The pattern id of a finding made by near-duplication alone. */
#define TEMPLATE_NEAR_ID "template.near-duplicate"

/* A sentence of the message: a byte span of its text. */
struct tpl_span {
	size_t start, end;
};

/* A live template-pattern hit in the message. */
struct tpl_hit {
	const char *id;	   /* pattern id: a pattern counts once */
	double weight;	   /* 0..1 */
	size_t start, end; /* byte span in the text */
	size_t sentence;   /* index of the sentence it starts in */
};

/* Everything the score looks at; borrowed for the call. */
struct template_input {
	const char *text;
	const struct tpl_span *sent; /* in text order */
	size_t n_sent;
	const struct tpl_hit *hits; /* in text order */
	size_t n_hits;
	/* per sentence, or NULL: a sentence that says nothing of the case
	 * (a reply-time promise, a "Ticket ID: 123" field line, a link to
	 * the portal) counts as boilerplate, its digits as form fields */
	const bool *filler;
	size_t near_convs; /* struct message near_convs */
	int substantive;   /* dated resolve promise + resolution + justified
			    * refusal */
	bool ticket;	   /* the message names a ticket: counts only with
			    * digits outside the boilerplate */
	bool reasoned;	   /* it states a rule or a finding ("our logs show
			    * ..."): a specific, like a justified refusal */
	bool reply_time;   /* it promises a dated answer: with a ticket,
			    * the two fields of an acknowledgement */
	bool automated;	   /* it says it was made by a machine (a template
			    * pattern with meta auto=yes): its terms and
			    * numbers are form fields; a resolution or a
			    * justified refusal still counts */
	/* spans whose digits are form fields wherever they stand: the
	 * message's ticket numbers and the time words of its reply-time
	 * and vague promises (SPEC 4: no specifics); NULL when none */
	const struct tpl_span *fields;
	size_t n_fields;
};

struct template_parts {
	double phrase;	    /* 1 - prod(1 - weight), distinct patterns */
	double neardup;	    /* 1 - KEEP^near_convs */
	double boilerplate; /* boilerplate characters / counted characters */
	double score;	    /* rounded to two decimals */
	size_t near_convs;
	int specifics; /* how many halvings were applied */
	size_t best;   /* the strongest hit, SIZE_MAX when none */
};

/* The weight of a template pattern: its meta weight= clamped to 0..1,
 * TEMPLATE_DEFAULT_WEIGHT when absent. */
double template_weight(const struct pattern *p);

/* Whether template pattern p marks a machine-made message (meta
 * auto=yes: "This is an automated message", «письмо сформировано
 * автоматически»). */
bool template_automated(const struct pattern *p);

/* What the clause grammar says of a sentence (the analysis fills it). */
struct tpl_hint {
	bool courtesy;	 /* thanks, greetings, empathy */
	bool generic;	 /* a general statement: usually, opening hours */
	bool reply_talk; /* a reply word with a future: "we'll update you" */
	bool unspecific; /* names nothing of the customer's, tells no past
			  * fact, asks nothing (overlap.h); a number in it
			  * still counts (template_fillers) */
};

/* Mark in filler[] (n_sent entries) the sentences of a message that say
 * nothing of the case: one holding a reply-time or vague promise or a
 * ticket of the message (its findings from index 'first' on), a form
 * field line ("Ticket ID: #52210"), a link to a portal, a courtesy, a
 * general statement, a timestamp, a footer or a sign-off line, or a
 * sentence that names nothing of the customer's (tpl_hint.unspecific). */
void template_fillers(const struct conversation *c, size_t first,
		      const char *text, const struct tpl_span *sent,
		      const struct tpl_hint *hint, size_t n_sent,
		      bool *filler);

/* Score one message. Cannot fail. */
void template_score(const struct template_input *in,
		    struct template_parts *out);

/* The substantive specifics among c's findings from index 'first' on
 * (those of one message): a dated promise to resolve (not one only to
 * reply, nor one stated inside a boilerplate sentence of 'in' - "Срок
 * рассмотрения обращений составляет до 10 рабочих дней" - when 'in' is
 * given), a resolution, a justified refusal or a stated rule or finding
 * ('in' reasoned), one each; *ticket is set when a ticket is among them. */
int template_specifics(const struct conversation *c, size_t first,
		       const struct template_input *in, bool *ticket);

/* Score message 'msg' (1-based) of c and, at TEMPLATE_REPORT or above,
 * add its template finding: the strongest phrase hit, or for a message
 * found by near-duplication alone its first sentence that is more than
 * a greeting under the id TEMPLATE_NEAR_ID. Returns the finding
 * (borrowed, valid until the next finding is added) or NULL. */
struct finding *template_find(struct conversation *c, size_t msg,
			      const struct template_input *in);

#endif /* ESC_TEMPLATE_H */

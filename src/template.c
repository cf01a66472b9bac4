/* template.c - the template score: phrases, near-duplicates, boilerplate. */
#include "template.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static size_t
count_chars(const char *s, size_t start, size_t end, size_t *words)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = 0;
	bool in_word = false;

	*words = 0;
	for (size_t i = start; i < end; i++) {
		bool space = u[i] == ' ' || u[i] == '\t' || u[i] == '\n' ||
			     u[i] == '\r';

		if (u[i] == 0xc2 && i + 1 < end && u[i + 1] == 0xa0) {
			space = true; /* no-break space */
			i++;
		} else if ((u[i] & 0xc0) == 0x80) {
			continue; /* continuation byte */
		}
		if (space) {
			in_word = false;
			continue;
		}
		n++;
		if (!in_word)
			(*words)++;
		in_word = true;
	}
	return n;
}

static bool
sentence_has_template(const struct template_input *in, size_t s)
{
	for (size_t i = 0; i < in->n_hits; i++)
		if (in->hits[i].sentence == s)
			return true;
	return false;
}

static bool
has_digit(const char *s, size_t start, size_t end)
{
	for (size_t i = start; i < end; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

/* Whether a digit of text[start..end) stands outside the form fields
 * of 'in' (its ticket numbers, its reply-time promises' time words). */
static bool
digit_outside_fields(const struct template_input *in, size_t start,
		     size_t end)
{
	for (size_t i = start; i < end; i++) {
		bool field = false;

		if (in->text[i] < '0' || in->text[i] > '9')
			continue;
		for (size_t f = 0; f < in->n_fields && !field; f++)
			field = i >= in->fields[f].start && i < in->fields[f].end;
		if (!field)
			return true;
	}
	return false;
}

/* "1.", "2)": the number of a list item standing alone. */
static bool
list_number(const char *s, size_t a, size_t b)
{
	size_t i = a, d;

	while (i < b && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
		i++;
	for (d = i; d < b && s[d] >= '0' && s[d] <= '9'; d++)
		;
	if (d == i || d - i > 2 || d >= b || (s[d] != '.' && s[d] != ')'))
		return false;
	for (d++; d < b; d++)
		if (s[d] != ' ' && s[d] != '\n' && s[d] != '\t')
			return false;
	return true;
}

/* "1 — Баланс и платежи", "2) Tariffs": an item of a bot's menu, a
 * number, a dash or bracket and at most TEMPLATE_MENU_WORDS words
 * without digits. The number picks an option; it is no specific. */
static bool
menu_item(const char *s, size_t a, size_t b)
{
	size_t i = a, d, words;

	while (i < b && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
		i++;
	for (d = i; d < b && s[d] >= '0' && s[d] <= '9'; d++)
		;
	if (d == i || d - i > 2)
		return false;
	while (d < b && s[d] == ' ')
		d++;
	if (d + 3 <= b && (memcmp(s + d, "—", 3) == 0 ||
			   memcmp(s + d, "–", 3) == 0))
		d += 3;
	else if (d < b && (s[d] == '-' || s[d] == ')'))
		d++;
	else
		return false;
	count_chars(s, d, b, &words);
	return words >= 1 && words <= TEMPLATE_MENU_WORDS &&
	       !has_digit(s, d, b);
}

/* Bytes of sentence s that template hits cover. */
static size_t
hit_bytes(const struct template_input *in, size_t s)
{
	size_t n = 0, from = in->sent[s].start;

	for (size_t i = 0; i < in->n_hits; i++) {
		size_t a = in->hits[i].start > from ? in->hits[i].start : from;
		size_t b = in->hits[i].end < in->sent[s].end ? in->hits[i].end
							      : in->sent[s].end;

		if (in->hits[i].sentence != s || b <= a)
			continue;
		n += b - a;
		from = b;
	}
	return n;
}

/* Whether every counted sentence is a filler or mostly canned phrase
 * (hits cover TEMPLATE_ALL_COVER of it): the message says nothing but
 * boilerplate, sentence by sentence ("Приносим извинения за задержку:
 * посылка застряла в Казани" is not). */
static bool
all_canned(const struct template_input *in)
{
	for (size_t s = 0; s < in->n_sent; s++) {
		size_t a = in->sent[s].start, b = in->sent[s].end, words;
		size_t n = count_chars(in->text, a, b, &words);

		if ((in->filler != NULL && in->filler[s]) ||
		    list_number(in->text, a, b) || menu_item(in->text, a, b) ||
		    (words <= TEMPLATE_NEUTRAL_WORDS && !has_digit(in->text, a, b)))
			continue;
		if (!sentence_has_template(in, s) ||
		    (double)hit_bytes(in, s) < TEMPLATE_ALL_COVER * (double)(b - a))
			return false;
		(void)n;
	}
	return true;
}

/* Share of the message's characters in boilerplate sentences; short
 * greeting-like sentences count on neither side. Sets *numbers when a
 * digit stands outside the boilerplate. */
static double
template_coverage(const struct template_input *in, bool *numbers)
{
	size_t all = 0, boiler = 0;

	*numbers = false;
	for (size_t s = 0; s < in->n_sent; s++) {
		size_t a = in->sent[s].start, b = in->sent[s].end, words;
		size_t n = count_chars(in->text, a, b, &words);
		bool digits = has_digit(in->text, a, b);

		if (sentence_has_template(in, s) ||
		    (in->filler != NULL && in->filler[s]) ||
		    menu_item(in->text, a, b)) {
			boiler += n;
			all += n;
			continue;
		}
		if (list_number(in->text, a, b))
			continue; /* "1." of a numbered list */
		if (digits && digit_outside_fields(in, a, b))
			*numbers = true;
		if (words > TEMPLATE_NEUTRAL_WORDS || digits)
			all += n;
	}
	return all ? (double)boiler / (double)all : 0.0;
}

bool
template_automated(const struct pattern *p)
{
	const char *a = pattern_meta(p, "auto");

	return a != NULL && strcmp(a, "yes") == 0;
}

double
template_weight(const struct pattern *p)
{
	const char *w = pattern_meta(p, "weight");
	double v = w ? strtod(w, NULL) : TEMPLATE_DEFAULT_WEIGHT;

	return !(v >= 0.0) ? 0.0 : v > 1.0 ? 1.0 : v;
}

/* 1 - prod(1 - w) over the distinct patterns that hit; *best gets the
 * strongest hit (the first on a tie). */
static double
phrase_score(const struct template_input *in, size_t *best)
{
	double keep = 1.0, bw = -1.0;

	*best = SIZE_MAX;
	for (size_t i = 0; i < in->n_hits; i++) {
		double w = in->hits[i].weight;
		bool again = false;

		for (size_t j = 0; j < i && !again; j++)
			again = strcmp(in->hits[j].id, in->hits[i].id) == 0;
		if (w > bw) {
			bw = w;
			*best = i;
		}
		if (!again)
			keep *= 1.0 - w;
	}
	return 1.0 - keep;
}

static double
near_part(size_t n)
{
	double keep = 1.0;

	for (size_t i = 0; i < n && i < TEMPLATE_NEAR_MAX; i++)
		keep *= TEMPLATE_NEAR_KEEP;
	return 1.0 - keep;
}

static double
round2(double v)
{
	return (double)(long)(v * 100.0 + 0.5) / 100.0; /* v >= 0 */
}

void
template_score(const struct template_input *in, struct template_parts *out)
{
	double evidence;
	bool numbers;
	int k;

	memset(out, 0, sizeof(*out));
	out->phrase = phrase_score(in, &out->best);
	out->near_convs = in->near_convs;
	out->neardup = near_part(in->near_convs);
	out->boilerplate = template_coverage(in, &numbers);
	k = in->substantive;
	/* a ticket number that stands only in boilerplate sentences ("your
	 * request #48201 was received") is a form field: it counts when
	 * digits stand outside the boilerplate too */
	if (in->near_convs > 0 || in->automated)
		out->boilerplate = 1.0; /* the text as a whole is shared or
					 * machine-made */
	else if (numbers)
		k += 1 + (in->ticket ? 1 : 0);
	evidence = 1.0 - (1.0 - out->phrase) * (1.0 - out->neardup);
	/* nothing but boilerplate and sentences that say nothing of the
	 * case, with some canned phrase: an acknowledgement; beside a
	 * ticket number and a reply-time promise (SPEC 4: no specifics)
	 * any canned phrase will do */
	if (out->phrase >= (in->ticket && in->reply_time ? TEMPLATE_ACK_PHRASE
							   : TEMPLATE_ALL_PHRASE) &&
	    out->boilerplate >= 1.0 && all_canned(in) &&
	    evidence < TEMPLATE_ALL_BOILERPLATE)
		evidence = TEMPLATE_ALL_BOILERPLATE;
	out->score = evidence * (0.5 + 0.5 * out->boilerplate);
	out->specifics = k;
	while (k-- > 0)
		out->score *= 0.5;
	out->score = round2(out->score);
	out->phrase = round2(out->phrase);
	out->neardup = round2(out->neardup);
	out->boilerplate = round2(out->boilerplate);
}

/* Whether byte pos stands in a sentence of 'in' with a template hit. */
static bool
in_boilerplate(const struct template_input *in, size_t pos)
{
	for (size_t s = 0; in != NULL && s < in->n_sent; s++)
		if (pos >= in->sent[s].start && pos < in->sent[s].end)
			return sentence_has_template(in, s);
	return false;
}

int
template_specifics(const struct conversation *c, size_t first,
		   const struct template_input *in, bool *ticket)
{
	bool dated = false, res = false, just = false;

	*ticket = false;
	for (size_t i = first; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		/* a dated promise to resolve; one only to reply ("we will
		 * answer within 2 business days") is what auto-replies say,
		 * and so is a standard term inside a boilerplate sentence
		 * or in a machine-made message */
		dated |= f->type == FIND_DEADLINE && !f->vague &&
			 !f->claimed && f->promise == PROMISE_RESOLVE &&
			 !in_boilerplate(in, f->start) &&
			 !(in != NULL && in->automated);
		*ticket |= f->type == FIND_TICKET;
		res |= f->type == FIND_RESOLUTION;
		just |= f->type == FIND_REFUSAL && f->justified;
	}
	just |= in != NULL && in->reasoned;
	return dated + res + just;
}

/* A deadline of the message that promises only an answer, or nothing
 * dated, or a ticket: what an acknowledgement says. */
static bool
finding_in(const struct conversation *c, size_t first, size_t a, size_t b,
	   bool ticket)
{
	for (size_t i = first; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->start < a || f->start >= b)
			continue;
		if (ticket ? f->type == FIND_TICKET
			   : f->type == FIND_DEADLINE && !f->claimed &&
				     (f->promise == PROMISE_REPLY || f->vague))
			return true;
	}
	return false;
}

static size_t
words_in(const char *text, size_t a, size_t b)
{
	size_t words;

	count_chars(text, a, b, &words);
	return words;
}

/* "Ticket ID: #52210", "Status: Open", «Номер обращения: 4471902»: a
 * label of at most three words, a colon, a short value, on one line. */
static bool
field_line(const char *text, size_t a, size_t b)
{
	const char *colon = memchr(text + a, ':', b - a);
	size_t at;

	if (colon == NULL || memchr(text + a, '\n', b - a) != NULL)
		return false;
	at = (size_t)(colon - text);
	return at > a && words_in(text, a, at) <= 3 &&
	       words_in(text, a, b) <= 10 && colon[1] != '/';
}

/* Whether one of the n marks stands in text[a..b). */
static bool
has_mark(const char *text, size_t a, size_t b, const char *const *marks,
	 size_t n)
{
	for (size_t m = 0; m < n; m++) {
		size_t len = strlen(marks[m]);

		for (size_t i = a; i + len <= b; i++)
			if (memcmp(text + i, marks[m], len) == 0)
				return true;
	}
	return false;
}

/* A sentence that is mostly a link to the helpdesk's portal or site. */
static bool
link_line(const char *text, size_t a, size_t b)
{
	static const char *const marks[] = {"://", "www.", ".com", ".ru",
					    ".org", ".net", ".io", ".co.uk"};

	return has_mark(text, a, b, marks, sizeof(marks) / sizeof(marks[0])) &&
	       words_in(text, a, b) <= 16;
}

/* "7 Jul, 11:20": a short line with a clock time. */
static bool
timestamp(const char *text, size_t a, size_t b)
{
	for (size_t i = a; i + 2 < b; i++)
		if (text[i] == ':' && i > a && text[i - 1] >= '0' &&
		    text[i - 1] <= '9' && text[i + 1] >= '0' &&
		    text[i + 1] <= '9')
			return words_in(text, a, b) <= 3;
	return false;
}

/* Every word starts with a capital letter (Latin or Cyrillic). */
static bool
title_case(const char *text, size_t a, size_t b)
{
	const unsigned char *u = (const unsigned char *)text;
	bool start = true;

	for (size_t i = a; i < b; i++) {
		if (u[i] == ' ' || u[i] == ',' || u[i] == '\t') {
			start = true;
			continue;
		}
		if (start && !((u[i] >= 'A' && u[i] <= 'Z') ||
			       (u[i] == 0xd0 && i + 1 < b && u[i + 1] >= 0x90 &&
				u[i + 1] <= 0xaf) ||
			       (u[i] == 0xd0 && i + 1 < b && u[i + 1] == 0x81)))
			return false;
		start = false;
	}
	return true;
}

/* A company's registration line: "ABN 12 345 678 901 AFSL 234567",
 * "Registered in England No. 1234567", «ИНН 7701234567 ОГРН ...»; or
 * its e-mail disclaimer ("This e-mail is confidential", "If you have
 * received it in error ..."). */
static bool
legal_line(const char *text, size_t a, size_t b)
{
	static const char *const marks[] = {
	    "ABN ", "ACN ", "AFSL ", "VAT ", "Company No", "company no",
	    "Registered in ", "registered in ", "Registered office",
	    "confidential", "intended recipient", "received it in error",
	    "received this e-mail in error", "received this email in error",
	    "ИНН ", "ОГРН ", "КПП ", "ОГРНИП ", "конфиденциальн",
	};

	return has_mark(text, a, b, marks, sizeof(marks) / sizeof(marks[0]));
}

/* "[Q7R2KM-0XW4]", "ref:_00D5e1:ref": a helpdesk's thread tag, one
 * token in brackets or between "ref:" marks. */
static bool
thread_tag(const char *text, size_t a, size_t b)
{
	if (b - a >= 3 && text[a] == '[' && text[b - 1] == ']')
		return memchr(text + a, ' ', b - a) == NULL;
	return b - a >= 8 && memcmp(text + a, "ref:", 4) == 0 &&
	       memcmp(text + b - 4, ":ref", 4) == 0;
}

/* Whether text[a..) starts a line of its own. */
static bool
line_start(const char *text, size_t a)
{
	while (a > 0 && (text[a - 1] == ' ' || text[a - 1] == '\t'))
		a--;
	return a == 0 || text[a - 1] == '\n';
}

/* "© 2026 ООО «Маркет-Плюс»", "The Northgate Energy Team": a footer, or
 * a short last line without sentence punctuation or digits. The last
 * line of a longer letter, standing on its own line without sentence
 * punctuation, is its signature block even with digits (an address, a
 * name like «Услуги54», a phone number). */
/* A line laid out in fields between middle dots or bars, as a
 * company's address footer is ("Acme SAS · 12 rue X · 06000 Nice"). */
static bool
dotted_line(const char *text, size_t a, size_t b)
{
	size_t n = 0;

	for (size_t i = a; i + 1 < b; i++)
		n += (memcmp(text + i, "\xc2\xb7", 2) == 0) ||
		     (text[i] == '|' && i > a && text[i - 1] == ' ');
	return n >= 2;
}

static bool
footer(const char *text, size_t a, size_t b, bool last, bool letter)
{
	size_t e = b;

	if ((b - a >= 2 && memcmp(text + a, "\xc2\xa9", 2) == 0) ||
	    (b - a >= 3 && memcmp(text + a, "(c)", 3) == 0) ||
	    legal_line(text, a, b) || (last && letter && dotted_line(text, a, b)))
		return true;
	while (e > a && strchr(" \n\t\r", text[e - 1]) != NULL)
		e--;
	if (e == a || strchr(".!?", text[e - 1]) != NULL)
		return false;
	if (last && thread_tag(text, a, e))
		return true;
	if (last && letter && line_start(text, a) &&
	    words_in(text, a, e) <= TEMPLATE_FOOTER_WORDS)
		return true;
	if (has_digit(text, a, e) || words_in(text, a, e) > 5)
		return false;
	return last || title_case(text, a, e);
}

/* How many sentences of two words or more stand before sentence n
 * ("Ваше письмо получено." is one): a letter has a body before its
 * signature. */
static size_t
body_sentences(const char *text, const struct tpl_span *sent, size_t n)
{
	size_t k = 0;

	for (size_t s = 0; s < n; s++)
		k += words_in(text, sent[s].start, sent[s].end) >= 2;
	return k;
}

void
template_fillers(const struct conversation *c, size_t first,
		 const char *text, const struct tpl_span *sent,
		 const struct tpl_hint *hint, size_t n_sent, bool *filler)
{
	for (size_t s = 0; s < n_sent; s++) {
		size_t a = sent[s].start, b = sent[s].end, e = b, w;

		while (a < b && strchr(" \n\t\r", text[a]) != NULL)
			a++;
		while (e > a && strchr(" \n\t\r", text[e - 1]) != NULL)
			e--;
		w = words_in(text, a, e);
		filler[s] = (finding_in(c, first, a, b, false) &&
			     (w <= TEMPLATE_FILLER_WORDS ||
			      (w <= TEMPLATE_FILLER_UNSPECIFIC && hint != NULL &&
			       hint[s].unspecific))) ||
			    (finding_in(c, first, a, b, true) && w <= 8) ||
			    field_line(text, a, e) || link_line(text, a, e) ||
			    timestamp(text, a, e) ||
			    footer(text, a, e, s + 1 == n_sent,
				   s + 1 == n_sent &&
					   body_sentences(text, sent, s) >= 2) ||
			    (hint != NULL &&
			     ((hint[s].courtesy && w <= 10) || hint[s].generic ||
			      (hint[s].reply_talk && w <= 12) ||
			      (hint[s].unspecific && !has_digit(text, a, e) &&
			       w <= TEMPLATE_UNSPECIFIC_WORDS)));
	}
}

static bool
blank(unsigned char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* The quote of a message found by near-duplication alone: its first
 * sentence of more than a greeting (else the first), trimmed, cut to
 * TEMPLATE_QUOTE_MAX bytes at a character boundary. */
static void
near_quote(const struct template_input *in, size_t *start, size_t *end)
{
	const unsigned char *u = (const unsigned char *)in->text;
	size_t pick = 0, a, b, words;

	for (size_t s = 0; s < in->n_sent; s++) {
		count_chars(in->text, in->sent[s].start, in->sent[s].end,
			    &words);
		if (words > TEMPLATE_NEUTRAL_WORDS) {
			pick = s;
			break;
		}
	}
	a = in->n_sent ? in->sent[pick].start : 0;
	b = in->n_sent ? in->sent[pick].end : strlen(in->text);
	while (a < b && blank(u[a]))
		a++;
	while (b > a && blank(u[b - 1]))
		b--;
	if (b - a > TEMPLATE_QUOTE_MAX) {
		b = a + TEMPLATE_QUOTE_MAX;
		while (b > a && (u[b] & 0xc0) == 0x80)
			b--;
	}
	*start = a;
	*end = b;
}

struct finding *
template_find(struct conversation *c, size_t msg,
	      const struct template_input *in)
{
	struct template_parts p;
	struct finding *f;
	size_t a, b;

	template_score(in, &p);
	if (p.score < TEMPLATE_REPORT)
		return NULL;
	if (p.best != SIZE_MAX) {
		a = in->hits[p.best].start;
		b = in->hits[p.best].end;
	} else {
		near_quote(in, &a, &b);
	}
	f = conversation_add_finding(c, FIND_TEMPLATE, msg);
	f->match = xstrndup(in->text + a, b - a);
	f->pattern = xstrdup(p.best != SIZE_MAX ? in->hits[p.best].id
						: TEMPLATE_NEAR_ID);
	f->start = a;
	f->end = b;
	f->score = p.score;
	f->phrase = p.phrase;
	f->neardup = p.neardup;
	f->boilerplate = p.boilerplate;
	f->near_convs = p.near_convs;
	f->specifics = p.specifics;
	return f;
}

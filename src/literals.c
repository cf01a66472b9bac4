/* literals.c - deriving the required literals of a regex for the prefilter. */
#include "literals.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fold.h"

/* What is known of a part of a regex. */
struct info {
	bool exact;	    /* 'ex' lists every string the part can match */
	struct strlist ex;
	bool req;	    /* every match contains one of 'rq' (useful) */
	struct strlist rq;
	/* Begin sets: where the part matches from position i, the text at
	 * i begins with one of 'bg' (folded) -- for every match when
	 * 'ball', for the non-empty ones otherwise. */
	bool nul;	    /* it can match the empty string */
	bool bk;	    /* 'bg' is known */
	bool ball;
	struct strlist bg;  /* of an exact part: only once materialize()d */
	bool look;	    /* a lookahead's: 'bg' is its own, not of 'ex' */
};

struct rx {
	const unsigned char *p, *end;
	int depth;
	bool bail;    /* give up: the whole pattern always runs */
	bool anchor;  /* \G seen: a match depends on where a search starts */
};

static void parse_alt(struct rx *rx, struct info *out);

/* ------------------------------------------------------------------ */
/* Sets of strings. */

static void
set_add(struct strlist *l, const char *s, size_t n)
{
	char *c = xstrndup(s, n);

	if (strlist_contains(l, c))
		free(c);
	else
		strlist_push_own(l, c);
}

static void
set_copy(struct strlist *dst, const struct strlist *src)
{
	strlist_free(dst);
	for (size_t i = 0; i < src->n; i++)
		strlist_push(dst, src->v[i]);
}

static size_t
set_minlen(const struct strlist *l)
{
	size_t min = SIZE_MAX;

	for (size_t i = 0; i < l->n; i++) {
		size_t n = strlen(l->v[i]);

		if (n < min)
			min = n;
	}
	return min;
}

/* A sign rare in prose that a literal may be alone: the Latin-1 signs
 * (section, degree, copyright, ...) but the guillemets, the no-break
 * space and the soft hyphen, and the letterlike symbols (numero, trade
 * mark). */
static bool
rare_sign(const char *s)
{
	uint32_t c = 0;
	size_t n = utf8_decode((const unsigned char *)s,
			       (const unsigned char *)s + strlen(s), &c);

	if (n == 0 || s[n] != '\0')
		return false;
	if (c >= 0xA1 && c <= 0xBF)
		return c != 0xAB && c != 0xAD && c != 0xBB;
	return c >= 0x2100 && c <= 0x214F;
}

bool
literal_useful(const char *s)
{
	size_t bytes = 0, chars = 0;

	for (; s[bytes] != '\0'; bytes++)
		if (((unsigned char)s[bytes] & 0xC0) != 0x80)
			chars++;
	return (bytes >= LIT_MIN_BYTES && chars >= LIT_MIN_CHARS) ||
	       rare_sign(s);
}

static bool
set_useful(const struct strlist *l)
{
	if (l->n == 0 || l->n > LIT_SET_MAX)
		return false;
	for (size_t i = 0; i < l->n; i++)
		if (!literal_useful(l->v[i]))
			return false;
	return true;
}

/* The product a x b into out; false when it would be too big. */
static bool
set_product(const struct strlist *a, const struct strlist *b,
	    struct strlist *out)
{
	struct buf s = {0};

	if (a->n * b->n > LIT_EXACT_MAX)
		return false;
	for (size_t i = 0; i < a->n; i++) {
		for (size_t k = 0; k < b->n; k++) {
			s.len = 0;
			buf_puts(&s, a->v[i]);
			buf_puts(&s, b->v[k]);
			if (s.len > LIT_LEN_MAX) {
				buf_free(&s);
				strlist_free(out);
				return false;
			}
			set_add(out, s.s, s.len);
		}
	}
	buf_free(&s);
	return true;
}

/* ------------------------------------------------------------------ */
/* Infos. */

static void
info_clear(struct info *in)
{
	strlist_free(&in->ex);
	strlist_free(&in->rq);
	strlist_free(&in->bg);
	in->exact = in->req = false;
	in->nul = in->bk = in->ball = in->look = false;
}

/* A zero-width part: \b, ^, a lookbehind. */
static void
info_empty(struct info *in)
{
	info_clear(in);
	in->exact = true;
	set_add(&in->ex, "", 0);
	in->nul = in->bk = true;
}

/* The begin set of an exact part: its non-empty strings (computed only
 * where the part stops being exact or is read for it). */
static void
materialize(struct info *in)
{
	if (!in->exact || in->look)
		return;
	strlist_free(&in->bg);
	in->bk = true;
	in->nul = false;
	for (size_t i = 0; i < in->ex.n; i++) {
		if (in->ex.v[i][0] == '\0')
			in->nul = true;
		else
			set_add(&in->bg, in->ex.v[i], strlen(in->ex.v[i]));
	}
	in->ball = !in->nul;
}

static void
info_char(struct info *in, uint32_t c)
{
	unsigned char enc[4];

	info_clear(in);
	if (c == 0 || !fold_known(c))
		return;
	in->exact = true;
	set_add(&in->ex, (const char *)enc, fold_encode(fold_cp(c), enc));
}

/* Take 'cand' as the required set when it is useful and better. */
static void
consider(struct info *in, const struct strlist *cand)
{
	size_t cm, im;

	if (!set_useful(cand))
		return;
	if (in->req) {
		cm = set_minlen(cand);
		im = set_minlen(&in->rq);
		if (cm < im || (cm == im && cand->n >= in->rq.n))
			return;
	}
	set_copy(&in->rq, cand);
	in->req = true;
}

static void
finish(struct info *in)
{
	if (in->exact)
		consider(in, &in->ex);
}

/* ------------------------------------------------------------------ */
/* Characters and escapes. */

/* \x.. after the 'x': \xhh or \x{h...}. */
static uint32_t
parse_hex(struct rx *rx)
{
	uint32_t v = 0;
	bool brace = rx->p < rx->end && *rx->p == '{';
	int n = 0, max = brace ? 8 : 2;

	if (brace)
		rx->p++;
	while (rx->p < rx->end && n < max && ascii_hexval(*rx->p) >= 0) {
		v = v * 16 + (uint32_t)ascii_hexval(*rx->p++);
		n++;
	}
	if (brace && (n == 0 || rx->p >= rx->end || *rx->p++ != '}'))
		rx->bail = true;
	if (v > 0x10FFFF)
		rx->bail = true;
	return v;
}

/* A literal character of the regex; bails on bad UTF-8. */
static uint32_t
take_char(struct rx *rx)
{
	uint32_t c = 0;
	size_t n = utf8_decode(rx->p, rx->end, &c);

	if (n == 0) {
		rx->bail = true;
		return 0;
	}
	rx->p += n;
	return c;
}

static int
control_char(unsigned char e)
{
	static const char from[] = "tnrfea", to[] = "\t\n\r\f\033\a";
	const char *f = strchr(from, e);

	return e != '\0' && f != NULL ? to[f - from] : -1;
}

enum esc { ESC_CHAR, ESC_EMPTY, ESC_ANY };

/* An escape after the backslash. 'in_class': \b is backspace. */
static enum esc
parse_escape(struct rx *rx, bool in_class, uint32_t *c)
{
	unsigned char e;

	if (rx->p >= rx->end) {
		rx->bail = true;
		return ESC_ANY;
	}
	e = *rx->p++;
	if (control_char(e) >= 0 || (in_class && e == 'b')) {
		*c = e == 'b' ? 8 : (uint32_t)control_char(e);
		return ESC_CHAR;
	}
	if (e == 'x') {
		*c = parse_hex(rx);
		return ESC_CHAR;
	}
	if (!in_class && strchr("bBAzZGKE", e) != NULL) {
		rx->anchor |= e == 'G';
		return ESC_EMPTY;
	}
	if (e == 'p' || e == 'P') {
		if (rx->p < rx->end && *rx->p == '{') {
			while (rx->p < rx->end && *rx->p != '}')
				rx->p++;
		}
		if (rx->p++ >= rx->end)
			rx->bail = true;
		return ESC_ANY;
	}
	if (strchr("dDsSwWhHvVRXCN", e) != NULL && e != '\0') {
		if (e == 'N' && rx->p < rx->end && *rx->p == '{')
			rx->bail = true; /* \N{U+...} */
		return ESC_ANY;
	}
	if (e < 0x80 && ((e >= '0' && e <= '9') || ((e | 0x20) >= 'a' &&
						     (e | 0x20) <= 'z'))) {
		rx->bail = true; /* \Q, back references, \c, \o, ... */
		return ESC_ANY;
	}
	rx->p--;
	*c = take_char(rx);
	return ESC_CHAR;
}

/* ------------------------------------------------------------------ */
/* Character classes. */

struct cclass {
	uint32_t v[LIT_CLASS_MAX]; /* folded, distinct */
	int n;
	bool any; /* too big or not listable */
};

static void
class_add(struct cclass *cc, uint32_t c)
{
	if (c == 0 || !fold_known(c)) {
		cc->any = true;
		return;
	}
	c = fold_cp(c);
	for (int i = 0; i < cc->n; i++)
		if (cc->v[i] == c)
			return;
	if (cc->n == LIT_CLASS_MAX)
		cc->any = true;
	else
		cc->v[cc->n++] = c;
}

/* One member: a character (true) or a type such as \d (false). */
static bool
class_member(struct rx *rx, uint32_t *c)
{
	if (*rx->p == '\\') {
		rx->p++;
		return parse_escape(rx, true, c) == ESC_CHAR;
	}
	*c = take_char(rx);
	return true;
}

/* [:alpha:] and the like; false when it is not one. */
static bool
skip_posix(struct rx *rx)
{
	const unsigned char *q;

	if (rx->end - rx->p < 2 || rx->p[0] != '[' ||
	    strchr(":.=", rx->p[1]) == NULL)
		return false;
	for (q = rx->p + 2; q + 1 < rx->end; q++) {
		if (q[0] == rx->p[1] && q[1] == ']') {
			rx->p = q + 2;
			return true;
		}
	}
	rx->bail = true;
	return true;
}

static void
class_range(struct rx *rx, struct cclass *cc, uint32_t lo)
{
	uint32_t hi = 0;

	rx->p++; /* '-' */
	if (!class_member(rx, &hi) || hi < lo) {
		rx->bail = true;
		return;
	}
	if (hi - lo >= LIT_CLASS_MAX) {
		cc->any = true;
		return;
	}
	for (uint32_t c = lo; c <= hi; c++)
		class_add(cc, c);
}

static void
parse_class(struct rx *rx, struct info *out)
{
	struct cclass cc = {.n = 0};
	bool neg, first = true;

	rx->p++; /* '[' */
	neg = rx->p < rx->end && *rx->p == '^';
	rx->p += neg;
	while (!rx->bail) {
		uint32_t c = 0;

		if (rx->p >= rx->end) {
			rx->bail = true;
			break;
		}
		if (*rx->p == ']' && !first) {
			rx->p++;
			break;
		}
		first = false;
		if (skip_posix(rx)) {
			cc.any = true;
		} else if (!class_member(rx, &c)) {
			cc.any = true;
		} else if (rx->p + 1 < rx->end && *rx->p == '-' &&
			   rx->p[1] != ']') {
			class_range(rx, &cc, c);
		} else {
			class_add(&cc, c);
		}
	}
	info_clear(out);
	if (neg || cc.any || rx->bail)
		return;
	out->exact = true;
	for (int i = 0; i < cc.n; i++) {
		unsigned char enc[4];

		set_add(&out->ex, (const char *)enc, fold_encode(cc.v[i], enc));
	}
}

/* ------------------------------------------------------------------ */
/* Groups. */

/* Skip to just after 'stop'; bails at the end. */
static void
skip_past(struct rx *rx, unsigned char stop)
{
	while (rx->p < rx->end && *rx->p != stop)
		rx->p++;
	if (rx->p >= rx->end)
		rx->bail = true;
	else
		rx->p++;
}

/* Inline options "(?i)" or "(?-i:": after "(?". Returns true for a
 * group ("(?i:"), false for a setting; bails on x (extended syntax). */
static bool
parse_options(struct rx *rx)
{
	while (rx->p < rx->end && strchr("imnsxJU^-", *rx->p) != NULL) {
		if (*rx->p == 'x')
			rx->bail = true;
		rx->p++;
	}
	if (rx->p >= rx->end || (*rx->p != ':' && *rx->p != ')')) {
		rx->bail = true;
		return false;
	}
	return *rx->p++ == ':';
}

enum gkind { G_GROUP, G_AHEAD, G_LOOK, G_EMPTY };

/* The kind of group after "(", consuming its opening. */
static enum gkind
group_kind(struct rx *rx)
{
	unsigned char c;

	if (rx->p < rx->end && *rx->p == '*')
		rx->bail = true; /* verbs, (*pla:...) */
	if (rx->p >= rx->end || *rx->p != '?')
		return G_GROUP;
	if (++rx->p >= rx->end) {
		rx->bail = true;
		return G_EMPTY;
	}
	c = *rx->p++;
	if (c == ':' || c == '|' || c == '>')
		return G_GROUP;
	if (c == '=')
		return G_AHEAD;
	if (c == '!')
		return G_LOOK;
	if (c == '<' && rx->p < rx->end && (*rx->p == '=' || *rx->p == '!')) {
		rx->p++;
		return G_LOOK;
	}
	if (c == '<' || c == '\'' || (c == 'P' && rx->p < rx->end &&
				      *rx->p == '<')) {
		rx->p += c == 'P';
		skip_past(rx, c == '\'' ? '\'' : '>');
		return G_GROUP;
	}
	if (c == '#') {
		skip_past(rx, ')');
		rx->p--; /* the caller takes the ')' */
		return G_EMPTY;
	}
	rx->p--;
	if (parse_options(rx))
		return G_GROUP;
	rx->p--; /* the ')' */
	return G_EMPTY;
}

/* A positive lookahead over 'in': zero width, but where its matches
 * all begin with one of a set, the text after it does too. */
static void
lookahead(struct info *in)
{
	struct strlist bg;
	bool keep;

	materialize(in);
	bg = in->bg;
	keep = in->bk && in->ball && in->bg.n > 0;
	in->bg = (struct strlist){0};
	info_empty(in);
	if (keep) {
		in->bg = bg;
		in->ball = true;
		in->look = true;
	} else {
		strlist_free(&bg);
	}
}

static void
parse_group(struct rx *rx, struct info *out)
{
	enum gkind k;

	rx->p++; /* '(' */
	if (++rx->depth > LIT_DEPTH_MAX)
		rx->bail = true;
	k = group_kind(rx);
	info_empty(out);
	if (!rx->bail && k != G_EMPTY) {
		parse_alt(rx, out);
		if (k == G_AHEAD)
			lookahead(out);
		else if (k == G_LOOK)
			info_empty(out);
	}
	if (rx->p >= rx->end || *rx->p != ')')
		rx->bail = true;
	else
		rx->p++;
	rx->depth--;
}

/* ------------------------------------------------------------------ */
/* Atoms, quantifiers, sequences, alternatives. */

static void
parse_atom(struct rx *rx, struct info *out)
{
	uint32_t c = 0;

	switch (*rx->p) {
	case '(':
		parse_group(rx, out);
		return;
	case '[':
		parse_class(rx, out);
		return;
	case '.':
		rx->p++;
		info_clear(out);
		return;
	case '^':
	case '$':
		rx->p++;
		info_empty(out);
		return;
	case '*':
	case '+':
	case '?':
	case '{':
		rx->bail = true; /* nothing to repeat, or a literal brace */
		return;
	case '\\':
		rx->p++;
		switch (parse_escape(rx, false, &c)) {
		case ESC_CHAR:
			info_char(out, c);
			break;
		case ESC_EMPTY:
			info_empty(out);
			break;
		case ESC_ANY:
			info_clear(out);
			break;
		}
		return;
	default:
		c = take_char(rx);
		info_char(out, c);
	}
}

static bool
parse_number(struct rx *rx, unsigned *v)
{
	bool any = false;

	*v = 0;
	while (rx->p < rx->end && *rx->p >= '0' && *rx->p <= '9') {
		if (*v < 100000)
			*v = *v * 10 + (unsigned)(*rx->p - '0');
		rx->p++;
		any = true;
	}
	return any;
}

/* {m}, {m,}, {m,n} after the '{'; bails on anything else. */
static void
parse_braces(struct rx *rx, unsigned *min, unsigned *max)
{
	if (!parse_number(rx, min)) {
		rx->bail = true;
		return;
	}
	*max = *min;
	if (rx->p < rx->end && *rx->p == ',') {
		rx->p++;
		if (!parse_number(rx, max))
			*max = UINT32_MAX;
	}
	if (rx->p >= rx->end || *rx->p != '}' || *max < *min)
		rx->bail = true;
	else
		rx->p++;
}

/* A quantifier after an atom, if any: its bounds. */
static bool
parse_quant(struct rx *rx, unsigned *min, unsigned *max)
{
	if (rx->p >= rx->end)
		return false;
	switch (*rx->p) {
	case '?':
		*min = 0, *max = 1;
		break;
	case '*':
		*min = 0, *max = UINT32_MAX;
		break;
	case '+':
		*min = 1, *max = UINT32_MAX;
		break;
	case '{':
		rx->p++;
		parse_braces(rx, min, max);
		rx->p--;
		break;
	default:
		return false;
	}
	rx->p++;
	if (rx->p < rx->end && (*rx->p == '?' || *rx->p == '+'))
		rx->p++; /* lazy, possessive: fewer matches, same strings */
	return true;
}

/* Apply X{min,max} to 'in'. */
static void
apply_quant(struct info *in, unsigned min, unsigned max)
{
	if (min == 1 && max == 1)
		return;
	materialize(in);
	if (max == 0) {
		info_empty(in);
		return;
	}
	if (min == 0) {
		bool ex = in->exact && max == 1, bk = in->bk;
		struct strlist bg = in->bg;

		in->bg = (struct strlist){0};
		strlist_free(&in->rq);
		in->req = false;
		if (ex)
			set_add(&in->ex, "", 0);
		else
			info_clear(in);
		in->bg = bg; /* its non-empty matches begin as before */
		in->bk = bk;
		in->nul = true;
		in->ball = false;
		return;
	}
	finish(in); /* one copy at least: its literals stay required */
	strlist_free(&in->ex);
	in->exact = false;
}

static void
parse_piece(struct rx *rx, struct info *out)
{
	unsigned min = 1, max = 1;

	parse_atom(rx, out);
	if (!rx->bail && parse_quant(rx, &min, &max) && !rx->bail)
		apply_quant(out, min, max);
	finish(out);
}

/* A sequence: exact runs are multiplied out; the best run or part is
 * required. Its begin set: the texts of its leading exact parts ('lead'),
 * extended by the begin set of the first part that is not exact;
 * a part that may be empty adds its own begin set after 'lead' and lets
 * the next parts decide the empty case. */
struct seq {
	struct strlist run; /* exact strings of the current run */
	bool broken;	    /* the whole is not exact */
	struct info out;
	struct strlist lead; /* texts of the leading parts taken so far */
	bool lead_run;	     /* ... which are those of 'run' (not copied) */
	struct strlist acc;  /* begin strings of the matches decided */
	bool bdone, bfail, nul;
};

static size_t
set_maxlen(const struct strlist *l)
{
	size_t max = 0;

	for (size_t i = 0; i < l->n; i++) {
		size_t n = strlen(l->v[i]);

		if (n > max)
			max = n;
	}
	return max;
}

/* While the sequence is one exact run, 'lead' is 'run': true when the
 * exact part extends it as seq_add() will; else 'lead' gets its copy. */
static bool
lead_follows(struct seq *st, const struct info *part)
{
	if (!st->lead_run)
		return false;
	if (part->exact && !part->look &&
	    st->run.n * part->ex.n <= LIT_EXACT_MAX &&
	    set_maxlen(&st->run) + set_maxlen(&part->ex) <= LIT_LEN_MAX)
		return true;
	set_copy(&st->lead, &st->run);
	st->lead_run = false;
	return false;
}

/* acc += every a + b (a of lead, b of bg); when that is too big,
 * the non-empty strings of lead, and bg when lead has "" (shorter,
 * still safe). */
static void
begin_extend(struct seq *st, const struct strlist *bg)
{
	struct strlist prod = {0};

	if (!set_product(&st->lead, bg, &prod)) {
		for (size_t i = 0; i < st->lead.n; i++)
			if (st->lead.v[i][0] != '\0')
				set_add(&prod, st->lead.v[i],
					strlen(st->lead.v[i]));
		for (size_t i = 0; strlist_contains(&st->lead, "") &&
				   i < bg->n; i++)
			set_add(&prod, bg->v[i], strlen(bg->v[i]));
	}
	for (size_t i = 0; i < prod.n; i++)
		set_add(&st->acc, prod.v[i], strlen(prod.v[i]));
	strlist_free(&prod);
}

/* Every match begins with a non-empty string of 'lead': decided. */
static void
begin_close(struct seq *st)
{
	for (size_t i = 0; i < st->lead.n; i++)
		set_add(&st->acc, st->lead.v[i], strlen(st->lead.v[i]));
	strlist_free(&st->lead);
	st->bdone = true;
}

static void
begin_add(struct seq *st, struct info *part)
{
	bool empty;

	st->nul = st->nul && (part->exact ? strlist_contains(&part->ex, "")
					  : part->nul);
	if (st->bdone || st->bfail || lead_follows(st, part))
		return;
	empty = strlist_contains(&st->lead, "");
	if (part->exact && !part->look) {
		struct strlist prod = {0};

		if (set_product(&st->lead, &part->ex, &prod)) {
			strlist_free(&st->lead);
			st->lead = prod;
			return;
		}
		materialize(part);
	}
	if (!part->bk) {
		if (empty)
			st->bfail = true;
		else
			begin_close(st);
		return;
	}
	if (part->ball) {
		begin_extend(st, &part->bg);
		strlist_free(&st->lead);
		st->bdone = true;
		return;
	}
	if (!empty) {
		begin_close(st);
		return;
	}
	begin_extend(st, &part->bg); /* when the part is not empty */
}

/* The begin set of the whole sequence into st->out. */
static void
begin_finish(struct seq *st)
{
	struct info *o = &st->out;

	if (st->lead_run)
		set_copy(&st->lead, &st->run);
	strlist_free(&o->bg);
	o->nul = st->nul;
	o->bk = !st->bfail;
	o->ball = st->bdone || !strlist_contains(&st->lead, "");
	if (!st->bdone)
		for (size_t i = 0; i < st->lead.n; i++)
			if (st->lead.v[i][0] != '\0')
				set_add(&st->acc, st->lead.v[i],
					strlen(st->lead.v[i]));
	if (o->bk && st->acc.n <= LIT_SET_MAX) {
		o->bg = st->acc;
	} else {
		strlist_free(&st->acc);
		o->bk = false;
	}
	st->acc = (struct strlist){0};
	strlist_free(&st->lead);
}

/* The product run x {s} in place: s appended to every string of the
 * run (they stay distinct, in order), as set_product() would make it;
 * false, the run unchanged, when a string would be too long. */
static bool
run_append(struct strlist *run, const char *s)
{
	size_t n = strlen(s);

	for (size_t i = 0; i < run->n; i++)
		if (strlen(run->v[i]) + n > LIT_LEN_MAX)
			return false;
	for (size_t i = 0; i < run->n; i++) {
		size_t l = strlen(run->v[i]);

		run->v[i] = xrealloc(run->v[i], l + n + 1);
		memcpy(run->v[i] + l, s, n + 1);
	}
	return true;
}

static void
seq_add(struct seq *st, struct info *part)
{
	struct strlist prod = {0};

	if (part->exact && part->ex.n == 1 && st->run.n <= LIT_EXACT_MAX &&
	    run_append(&st->run, part->ex.v[0]))
		return; /* one string: most often one character */
	if (part->exact && set_product(&st->run, &part->ex, &prod)) {
		strlist_free(&st->run);
		st->run = prod;
		return;
	}
	consider(&st->out, &st->run);
	st->broken = true;
	strlist_free(&st->run);
	if (part->exact) {
		set_copy(&st->run, &part->ex);
		return;
	}
	if (part->req)
		consider(&st->out, &part->rq);
	set_add(&st->run, "", 0);
}

static void
parse_seq(struct rx *rx, struct info *out)
{
	struct seq st = {.broken = false, .nul = true, .lead_run = true};

	set_add(&st.run, "", 0);
	while (!rx->bail && rx->p < rx->end && *rx->p != '|' && *rx->p != ')') {
		struct info part = {.exact = false};

		parse_piece(rx, &part);
		begin_add(&st, &part);
		seq_add(&st, &part);
		info_clear(&part);
	}
	begin_finish(&st);
	consider(&st.out, &st.run);
	if (!st.broken) {
		st.out.exact = true;
		st.out.ex = st.run;
		/* decided by a lookahead: its begin set is not the strings' */
		st.out.look = st.bdone;
	} else {
		strlist_free(&st.run);
	}
	info_clear(out);
	*out = st.out;
}

/* Merge branch b into the alternation acc. */
static void
alt_merge(struct info *acc, struct info *b)
{
	bool exact = acc->exact && b->exact && !acc->look && !b->look &&
		     acc->ex.n + b->ex.n <= LIT_EXACT_MAX;

	if (exact) {
		for (size_t i = 0; i < b->ex.n; i++)
			set_add(&acc->ex, b->ex.v[i], strlen(b->ex.v[i]));
	} else {
		materialize(acc);
		materialize(b);
		acc->look = false;
		strlist_free(&acc->ex);
		acc->exact = false;
	}
	if (acc->req && b->req && acc->rq.n + b->rq.n <= LIT_SET_MAX) {
		for (size_t i = 0; i < b->rq.n; i++)
			set_add(&acc->rq, b->rq.v[i], strlen(b->rq.v[i]));
	} else {
		strlist_free(&acc->rq);
		acc->req = false;
	}
	if (exact)
		return; /* its begin set stays implied by 'ex' */
	acc->nul = acc->nul || b->nul;
	acc->ball = acc->ball && b->ball;
	if (acc->bk && b->bk && acc->bg.n + b->bg.n <= LIT_SET_MAX) {
		for (size_t i = 0; i < b->bg.n; i++)
			set_add(&acc->bg, b->bg.v[i], strlen(b->bg.v[i]));
	} else {
		strlist_free(&acc->bg);
		acc->bk = false;
	}
}

static void
parse_alt(struct rx *rx, struct info *out)
{
	struct info acc = {.exact = false};

	parse_seq(rx, &acc);
	while (!rx->bail && rx->p < rx->end && *rx->p == '|') {
		struct info b = {.exact = false};

		rx->p++;
		parse_seq(rx, &b);
		alt_merge(&acc, &b);
		info_clear(&b);
	}
	finish(&acc);
	info_clear(out);
	*out = acc;
}

/* True when another string of the set occurs in string i: i adds
 * nothing ("сказали," after "сказали"). */
static bool
has_part(const struct strlist *l, size_t i)
{
	for (size_t k = 0; k < l->n; k++)
		if (k != i && strstr(l->v[i], l->v[k]) != NULL &&
		    (strcmp(l->v[i], l->v[k]) != 0 || k < i))
			return true;
	return false;
}

/* The required literals of a read regex into out; false when none. */
static bool
take_required(const struct info *top, struct strlist *out)
{
	if (!top->req)
		return false;
	for (size_t i = 0; i < top->rq.n; i++)
		if (!has_part(&top->rq, i))
			set_add(out, top->rq.v[i], strlen(top->rq.v[i]));
	return true;
}

/* True when another string of the set is a prefix of string i: a text
 * that begins with i begins with it too. */
static bool
has_prefix(const struct strlist *l, size_t i)
{
	for (size_t k = 0; k < l->n; k++) {
		size_t n = strlen(l->v[k]);

		if (k != i && strncmp(l->v[i], l->v[k], n) == 0 &&
		    (l->v[i][n] != '\0' || k < i))
			return true;
	}
	return false;
}

/* The begin set of a read regex into out; false when none. */
static bool
take_begin(struct info *top, struct strlist *out)
{
	bool ok;

	materialize(top);
	ok = top->bk && top->ball && top->bg.n > 0;
	for (size_t i = 0; ok && i < top->bg.n; i++)
		ok = top->bg.v[i][0] != '\0';
	if (ok) {
		for (size_t i = 0; i < top->bg.n; i++)
			if (!has_prefix(&top->bg, i))
				set_add(out, top->bg.v[i], strlen(top->bg.v[i]));
	}
	return ok;
}

unsigned
literals_read(const char *regex, struct strlist *lits, struct strlist *begs)
{
	struct rx rx = {.depth = 0};
	struct info top = {.exact = false};
	unsigned got = 0;

	rx.p = (const unsigned char *)regex;
	rx.end = rx.p + strlen(regex);
	parse_alt(&rx, &top);
	if (!rx.bail && rx.p == rx.end) {
		if (lits != NULL && take_required(&top, lits))
			got |= LIT_REQUIRED;
		if (begs != NULL && !rx.anchor && take_begin(&top, begs))
			got |= LIT_BEGIN;
	}
	info_clear(&top);
	return got;
}

/* The strings of a leading positive lookbehind into out: the regex is
 * one sequence (no alternation at its top) whose first part is a
 * lookbehind, not repeated, of exact non-empty strings. */
static bool
take_after(struct rx *rx, struct strlist *out)
{
	struct info look = {.exact = false}, rest = {.exact = false};
	bool ok;

	rx->depth = 1;
	parse_alt(rx, &look);
	ok = !rx->bail && rx->p < rx->end && *rx->p == ')' && look.exact &&
	     !look.look && look.ex.n > 0;
	if (ok) {
		rx->p++;
		rx->depth = 0;
		ok = rx->p == rx->end || strchr("?*+{", *rx->p) == NULL;
	}
	if (ok) {
		parse_seq(rx, &rest);
		ok = !rx->bail && !rx->anchor && rx->p == rx->end;
	}
	for (size_t i = 0; ok && i < look.ex.n; i++)
		ok = look.ex.v[i][0] != '\0';
	for (size_t i = 0; ok && i < look.ex.n; i++)
		set_add(out, look.ex.v[i], strlen(look.ex.v[i]));
	info_clear(&look);
	info_clear(&rest);
	return ok;
}

bool
literals_after(const char *regex, struct strlist *out)
{
	struct rx rx = {.depth = 0};

	if (strncmp(regex, "(?<=", 4) != 0)
		return false;
	rx.p = (const unsigned char *)regex + 4;
	rx.end = (const unsigned char *)regex + strlen(regex);
	return take_after(&rx, out);
}

bool
literals_derive(const char *regex, struct strlist *out)
{
	return literals_read(regex, out, NULL) != 0;
}

bool
literals_begin(const char *regex, struct strlist *out)
{
	return literals_read(regex, NULL, out) != 0;
}

/* neardup.c - masked MinHash signatures and LSH across conversations. */
#include "neardup.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define ROWS (NEARDUP_HASHES / NEARDUP_BANDS)

/* ------------------------------------------------------------------ */
/* Tokens: split at white space, punctuation stripped at both ends,
 * classified, masked or lower-cased. */

enum tclass {
	T_WORD,
	T_NAME,
	T_NUM,
	T_DATE,
	T_TIME,
	T_ID,
	T_EMAIL,
	T_URL,
	T_AMOUNT,
};

static const char *const placeholders[] = {
	[T_WORD] = "",		[T_NAME] = "<name>", [T_NUM] = "<num>",
	[T_DATE] = "<date>",	[T_TIME] = "<time>", [T_ID] = "<id>",
	[T_EMAIL] = "<email>", [T_URL] = "<url>",   [T_AMOUNT] = "<amount>",
};

/* Punctuation stripped from the ends of a token, and spaces, as UTF-8. */
static const char *const punct_seq[] = {
	"\xc2\xab", "\xc2\xbb", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x9e",
	"\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\xa6", "\xe2\x80\x94",
	"\xe2\x80\x93",
};
static const char punct_ascii[] = ".,;:!?()[]{}\"'<>*_~|`";
static const char *const space_seq[] = {"\xc2\xa0", "\xe2\x80\xaf",
					"\xe2\x80\x89"};
/* Currency signs that make a number an amount: $ is ASCII. */
static const char *const currency_seq[] = {"\xe2\x82\xac", "\xc2\xa3",
					   "\xe2\x82\xbd"};


/* Length of one of 'seqs' starting at u[i] (i < end), or 0. */
static size_t
seq_at(const unsigned char *u, size_t i, size_t end,
       const char *const *seqs, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t l;

		if (u[i] != (unsigned char)seqs[k][0])
			continue; /* most often: no strlen, no memcmp */
		l = strlen(seqs[k]);
		if (end - i >= l && memcmp(u + i, seqs[k], l) == 0)
			return l;
	}
	return 0;
}

/* Length of one of 'seqs' ending at u[end] (exclusive, end > start). */
static size_t
seq_before(const unsigned char *u, size_t start, size_t end,
	   const char *const *seqs, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t l = strlen(seqs[k]);

		if (end - start >= l && memcmp(u + end - l, seqs[k], l) == 0)
			return l;
	}
	return 0;
}

static size_t
space_at(const unsigned char *u, size_t i, size_t end)
{
	if (u[i] == ' ' || u[i] == '\t' || u[i] == '\n' || u[i] == '\r' ||
	    u[i] == '\f' || u[i] == '\v')
		return 1;
	return seq_at(u, i, end, space_seq, countof(space_seq));
}

static size_t
punct_at(const unsigned char *u, size_t i, size_t end)
{
	if (u[i] != '\0' && strchr(punct_ascii, u[i]))
		return 1;
	return seq_at(u, i, end, punct_seq, countof(punct_seq));
}

static size_t
punct_before(const unsigned char *u, size_t start, size_t end)
{
	if (u[end - 1] != '\0' && strchr(punct_ascii, u[end - 1]))
		return 1;
	return seq_before(u, start, end, punct_seq, countof(punct_seq));
}

/* Whether stripped trailing punctuation [a, b) ends a sentence. */
static bool
ends_sentence(const unsigned char *u, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (u[i] == '.' || u[i] == '!' || u[i] == '?' ||
		    (u[i] == 0xe2 && i + 2 < b && u[i + 1] == 0x80 &&
		     u[i + 2] == 0xa6))
			return true;
	return false;
}

static bool
is_upper_at(const unsigned char *u, size_t i, size_t end)
{
	if (u[i] >= 'A' && u[i] <= 'Z')
		return true;
	/* Cyrillic U+0400..U+042F: D0 80..AF */
	return u[i] == 0xd0 && i + 1 < end && u[i + 1] >= 0x80 &&
	       u[i + 1] <= 0xaf;
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Whether t[0..n) consists of digits and characters of 'extra' only,
 * with at least one of 'need' between digits. */
static bool
digits_with(const unsigned char *t, size_t n, const char *extra,
	    const char *need)
{
	bool sep = false;

	if (n == 0 || !is_digit(t[0]) || !is_digit(t[n - 1]))
		return false;
	for (size_t i = 0; i < n; i++) {
		if (is_digit(t[i]))
			continue;
		if (!strchr(extra, t[i]))
			return false;
		sep |= strchr(need, t[i]) != NULL;
	}
	return sep || need[0] == '\0';
}

static bool
has_currency(const unsigned char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (t[i] == '$' ||
		    seq_at(t, i, n, currency_seq, countof(currency_seq)))
			return true;
	return false;
}

static bool
has_prefix_ci(const unsigned char *t, size_t n, const char *p)
{
	size_t l = strlen(p);

	return n >= l && ascii_strncaseeq((const char *)t, p, l);
}

static bool
is_email(const unsigned char *t, size_t n)
{
	const unsigned char *at = memchr(t, '@', n);

	return at && at > t &&
	       memchr(at + 1, '.', n - (size_t)(at - t) - 1) != NULL;
}

/* A time: 10:30, 10:30:00, 10am, 6pm, 6.30pm. */
static bool
is_time(const unsigned char *t, size_t n)
{
	if (digits_with(t, n, ":", ":"))
		return true;
	return n > 2 && (has_prefix_ci(t + n - 2, 2, "am") ||
			 has_prefix_ci(t + n - 2, 2, "pm")) &&
	       digits_with(t, n - 2, ":.", "");
}

static enum tclass
classify_digits(const unsigned char *t, size_t n)
{
	if (has_currency(t, n))
		return T_AMOUNT;
	if (is_time(t, n))
		return T_TIME;
	if (digits_with(t, n, "./-", "./-"))
		return T_DATE;
	if (digits_with(t, n, ",", ""))
		return T_NUM;
	return T_ID; /* letters with digits, #123, INC0012345, QH-5521 */
}

static enum tclass
classify(const unsigned char *t, size_t n, bool sent_start)
{
	bool digit = false;

	if (is_email(t, n))
		return T_EMAIL;
	if (has_prefix_ci(t, n, "http://") || has_prefix_ci(t, n, "https://") ||
	    has_prefix_ci(t, n, "www."))
		return T_URL;
	for (size_t i = 0; i < n && !digit; i++)
		digit = is_digit(t[i]);
	if (digit)
		return classify_digits(t, n);
	if (!sent_start && is_upper_at(t, 0, n))
		return T_NAME;
	return T_WORD;
}

/* Append t[0..n) lower-cased (ASCII and Cyrillic). */
static void
put_lower(struct buf *b, const unsigned char *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = t[i], d = i + 1 < n ? t[i + 1] : 0;

		if (c >= 'A' && c <= 'Z') {
			buf_putc(b, (char)(c + 32));
		} else if (c == 0xd0 && d >= 0x80 && d <= 0xaf) {
			/* Ѐ..Џ -> ѐ..џ, А..П -> а..п, Р..Я -> р..я */
			unsigned cp = 0x400u + (d - 0x80u);
			unsigned lo = cp < 0x410 ? cp + 0x50 : cp + 0x20;

			buf_putc(b, (char)(0xc0 | (lo >> 6)));
			buf_putc(b, (char)(0x80 | (lo & 0x3f)));
			i++;
		} else {
			buf_putc(b, (char)c);
		}
	}
}

struct walk {
	const unsigned char *u;
	size_t len, pos;
	bool sent_start; /* the next token starts a sentence */
};

/* The next token, normalized, in *out (emptied first); *plain tells
 * whether it is a word rather than a placeholder. False at the end. */
static bool
next_token(struct walk *w, struct buf *out, bool *plain)
{
	const unsigned char *u = w->u;

	for (;;) {
		size_t a, b, s, e, l;
		enum tclass k;

		while (w->pos < w->len && (l = space_at(u, w->pos, w->len)))
			w->pos += l;
		if (w->pos >= w->len)
			return false;
		a = w->pos;
		while (w->pos < w->len && !space_at(u, w->pos, w->len))
			w->pos++;
		b = w->pos;
		for (s = a; s < b && (l = punct_at(u, s, b));)
			s += l;
		for (e = b; e > s && (l = punct_before(u, s, e));)
			e -= l;
		if (e == s) {
			w->sent_start |= ends_sentence(u, a, b);
			continue; /* punctuation only: "—", "..." */
		}
		k = classify(u + s, e - s, w->sent_start);
		w->sent_start = ends_sentence(u, e, b);
		out->len = 0;
		if (out->s)
			out->s[0] = '\0';
		if (k == T_WORD)
			put_lower(out, u + s, e - s);
		else
			buf_puts(out, placeholders[k]);
		*plain = k == T_WORD;
		return true;
	}
}

static void
walk_init(struct walk *w, const char *text)
{
	size_t n = text ? strlen(text) : 0;

	w->u = (const unsigned char *)(text ? text : "");
	w->len = n > NEARDUP_MAX_BYTES ? NEARDUP_MAX_BYTES : n;
	w->pos = 0;
	w->sent_start = true;
}

char *
neardup_mask(const char *text, size_t *plain)
{
	struct buf out = {0}, tok = {0};
	struct walk w;
	size_t np = 0;
	bool p;

	walk_init(&w, text);
	for (size_t n = 0; n < NEARDUP_MAX_WORDS && next_token(&w, &tok, &p);
	     n++) {
		if (n)
			buf_putc(&out, ' ');
		buf_append(&out, tok.s, tok.len);
		np += p;
	}
	buf_free(&tok);
	if (plain)
		*plain = np;
	return out.s ? buf_steal(&out) : xstrdup("");
}

/* ------------------------------------------------------------------ */
/* MinHash with fixed seeds. */

static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

static uint64_t
fnv1a(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return mix64(h);
}

/* Hash function i of the family: multiply-shift with fixed odd
 * multipliers derived from i. */
struct hashfam {
	uint64_t a[NEARDUP_HASHES], b[NEARDUP_HASHES];
};

static void
hashfam_init(struct hashfam *f)
{
	for (size_t i = 0; i < NEARDUP_HASHES; i++) {
		f->a[i] = mix64(0x9e3779b97f4a7c15ULL * (i + 1)) | 1u;
		f->b[i] = mix64(0x632be59bd9b4e019ULL * (i + 1));
	}
}

static void
sig_add(struct neardup_sig *sig, const struct hashfam *f, uint64_t h)
{
	for (size_t i = 0; i < NEARDUP_HASHES; i++) {
		uint32_t v = (uint32_t)((f->a[i] * h + f->b[i]) >> 32);

		if (v < sig->h[i])
			sig->h[i] = v;
	}
}

static uint64_t
shingle_hash(const uint64_t *w)
{
	uint64_t h = w[0];

	for (size_t i = 1; i < NEARDUP_SHINGLE; i++)
		h = mix64(h * 0x100000001b3ULL + w[i]);
	return h;
}

static bool
signature_with(const char *text, const struct hashfam *f,
	       struct neardup_sig *sig)
{
	uint64_t win[NEARDUP_SHINGLE] = {0};
	struct buf tok = {0};
	struct walk w;
	size_t n = 0, np = 0;
	bool p;

	memset(sig->h, 0xff, sizeof(sig->h));
	walk_init(&w, text);
	while (n < NEARDUP_MAX_WORDS && next_token(&w, &tok, &p)) {
		memmove(win, win + 1, sizeof(win) - sizeof(win[0]));
		win[NEARDUP_SHINGLE - 1] = fnv1a(tok.s, tok.len);
		n++;
		np += p;
		if (n >= NEARDUP_SHINGLE)
			sig_add(sig, f, shingle_hash(win));
	}
	buf_free(&tok);
	return np >= NEARDUP_MIN_WORDS && n >= NEARDUP_SHINGLE;
}

bool
neardup_signature(const char *text, struct neardup_sig *sig)
{
	struct hashfam f;

	hashfam_init(&f);
	return signature_with(text, &f, sig);
}

static size_t
same_values(const struct neardup_sig *a, const struct neardup_sig *b)
{
	size_t eq = 0;

	for (size_t i = 0; i < NEARDUP_HASHES; i++)
		eq += a->h[i] == b->h[i];
	return eq;
}

uint64_t
neardup_band_key(const struct neardup_sig *s, size_t band)
{
	uint64_t h = 0x84222325cbf29ce4ULL ^ band;

	for (size_t r = 0; r < ROWS; r++)
		h = mix64(h * 0x100000001b3ULL + s->h[band * ROWS + r]);
	return h;
}

double
neardup_similarity(const struct neardup_sig *a, const struct neardup_sig *b)
{
	return (double)same_values(a, b) / (double)NEARDUP_HASHES;
}

bool
neardup_entry_init(struct neardup_entry *e, const struct message *m,
		   size_t msg)
{
	memset(e, 0, sizeof(*e));
	if (m->role == ROLE_SYSTEM || m->text == NULL ||
	    !neardup_signature(m->text, &e->sig))
		return false;
	e->msg = msg;
	e->msgid = m->message_id ? neardup_id_hash(m->message_id) : 0;
	e->time = m->time.t;
	e->time_set = m->time.set;
	return true;
}

uint64_t
neardup_id_hash(const char *s)
{
	uint64_t h = fnv1a(s, strlen(s));

	return h ? h : 1;
}

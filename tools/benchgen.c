/* benchgen.c - writes a reproducible mbox of support conversations for `make bench`. */
/*
 * usage: benchgen [-t] [-s SEED] [-o FILE] MIB
 *
 * Writes exactly MIB MiB of mbox (mboxrd escaping) to FILE or stdout:
 * Russian and English support threads (Message-ID, In-Reply-To,
 * References), ticket numbers in several helpdesk formats, promises with
 * deadlines, canned replies, refusals, resolutions, escalation requests,
 * quoted history, and MIME variety: text/plain 7bit/8bit/quoted-printable/
 * base64 in utf-8, windows-1251 and koi8-r (legacy charsets are always
 * quoted-printable or base64, so the file stays valid UTF-8),
 * multipart/alternative with HTML, RFC 2047 subjects and names, forwarded
 * message/rfc822 parts and base64 attachments of random bytes (about half
 * of the bytes; none with -t, for mail that is mostly text, where the
 * closing filler message is text too). The same size and seed give the
 * same bytes; a summary
 * "benchgen: bytes=B messages=M conversations=C attachment_bytes=A" goes to
 * stderr. Self-contained: no library beyond libc.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MIB_BYTES (1024ull * 1024ull)
#define MAX_MIB 65536u          /* a bound on the request: 64 GiB */
#define TAIL_MIN 4096u          /* always left for the closing message */
#define MAX_THREAD 9            /* messages per conversation at most */
#define QUOTE_MAX_LINES 40      /* quoted history kept in a reply */
#define WRAP_COLS 72            /* text is wrapped at this many characters */
#define B64_COLS 76             /* base64 line length */
#define QP_COLS 75              /* quoted-printable line length before '=' */
#define EW_BYTES 36             /* input bytes per RFC 2047 encoded word */
#define MAX_REFS 10             /* References kept */
#define DEFAULT_SEED 20260101u
#define BASE_TIME 1735714800    /* 2025-01-01 07:00:00 UTC */
#define SPAN_SECONDS (360 * 86400)
#define ID_LEN 128

#define N(a) (sizeof(a) / sizeof(*(a)))

/* ---- random numbers: xoshiro256** seeded through splitmix64 ---- */

struct rng {
	uint64_t s[4];
};

static uint64_t
splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static void
rng_seed(struct rng *r, uint64_t seed)
{
	for (size_t i = 0; i < 4; i++)
		r->s[i] = splitmix(&seed);
}

static uint64_t
rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

/* A number in [0, n); 0 when n is 0. */
static uint32_t
rng_below(struct rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * n) >> 32);
}

static uint32_t
rng_range(struct rng *r, uint32_t lo, uint32_t hi)
{
	return lo + rng_below(r, hi - lo + 1);
}

static bool
rng_pct(struct rng *r, unsigned pct)
{
	return rng_below(r, 100) < pct;
}

/* ---- growable byte buffer ---- */

struct sbuf {
	char *s;
	size_t len, cap;
};

static void
sb_grow(struct sbuf *b, size_t more)
{
	size_t cap = b->cap ? b->cap : 256;

	if (b->len + more + 1 <= b->cap)
		return;
	while (cap < b->len + more + 1)
		cap *= 2;
	b->s = realloc(b->s, cap);
	if (!b->s) {
		fputs("benchgen: out of memory\n", stderr);
		exit(2);
	}
	b->cap = cap;
}

static void
sb_add(struct sbuf *b, const void *p, size_t n)
{
	sb_grow(b, n);
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
sb_puts(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static void
sb_putc(struct sbuf *b, char c)
{
	sb_add(b, &c, 1);
}

__attribute__((format(printf, 2, 3))) static void
sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	sb_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static void
sb_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

/* ---- phrase tables ---- */

struct table {
	const char *const *s;
	size_t n;
};

#define TABLE(a) {a, N(a)}

/* Placeholders in phrases: {N} customer, {A} agent, {C} company, {T}
 * ticket, {O} order or contract number, {D} the deadline of the message,
 * {W} date of an earlier message; in deadlines {n} a number, {d} {m} {M}
 * {y} a date (day, month name, month number, year). */
enum tab {
	T_CO_GREET,
	T_CO_THANKS,
	T_CO_TICKET,
	T_CO_PROMISE,
	T_CO_FORWARDED,
	T_CO_APOLOGY,
	T_CO_ADVICE,
	T_CO_REFUSAL,
	T_CO_JUSTIFY,
	T_CO_RESOLVE,
	T_CO_FILLER,
	T_CO_CLOSING,
	T_CO_AUTO,
	T_CO_TRAP,
	T_CU_GREET,
	T_CU_TOPIC,
	T_CU_DETAIL,
	T_CU_CLAIM,
	T_CU_NOREPLY,
	T_CU_SOLUTION,
	T_CU_SUPERVISOR,
	T_CU_WRITTEN,
	T_CU_WHY,
	T_CU_TRAP,
	T_CU_THANKS,
	T_CU_FROM,
	T_FWD_NOTE,
	NTAB
};

struct topic {
	const char *subject;
	const char *desc;
};

enum dkind { DK_NUM, DK_DATE, DK_FIXED };

struct deadline {
	enum dkind kind;
	const char *text;
	unsigned lo, hi; /* the number, or days after the message */
};

enum tfmt { TF_DIGITS, TF_SR, TF_INC, TF_OTRS, TF_JIRA, TF_CASE, TF_BRACKET };

struct company {
	const char *name;   /* as written in text */
	const char *team;   /* display name of the support address */
	const char *domain;
	const char *prefix; /* ticket prefix for TF_SR / TF_JIRA */
	enum tfmt tfmt;
};

struct person {
	const char *name;
	const char *login;
};

struct lang {
	const char *code;
	const struct table t[NTAB];
	const struct topic *topics;
	size_t ntopics;
	const struct deadline *deadlines;
	size_t ndeadlines;
	const struct company *companies;
	size_t ncompanies;
	const struct person *customers;
	size_t ncustomers;
	const struct person *agents;
	size_t nagents;
	const char *const *months; /* genitive in Russian */
	const char *attribution;   /* {W} date, {N} name, {E} address */
	const char *co_sign;       /* {A} agent, {C} team */
	int utc_offset;            /* seconds, for the Date: header */
};

static const char *const months_en[] = {
	"January", "February", "March",     "April",   "May",      "June",
	"July",    "August",   "September", "October", "November", "December",
};

static const char *const months_ru[] = {
	"января", "февраля", "марта",    "апреля",  "мая",    "июня",
	"июля",   "августа", "сентября", "октября", "ноября", "декабря",
};

#include "benchgen_ru.inc"
#include "benchgen_en.inc"

static const struct lang *const langs[] = {&lang_ru, &lang_en};

/* ---- charsets ---- */

enum cs { CS_ASCII, CS_UTF8, CS_CP1251, CS_KOI8R };
enum cte { CTE_7BIT, CTE_8BIT, CTE_QP, CTE_B64 };

static const char *const cs_names[] = {"us-ascii", "utf-8", "windows-1251",
				       "koi8-r"};
static const char *const ew_names[] = {"us-ascii", "UTF-8", "windows-1251",
				       "KOI8-R"};
static const char *const cte_names[] = {"7bit", "8bit", "quoted-printable",
					"base64"};

/* Non-letters the texts use, with their bytes in the two legacy sets. */
static const struct {
	uint32_t cp;
	unsigned char cp1251, koi8;
} specials[] = {
	{0x401, 0xa8, 0xb3},  /* Ё */
	{0x451, 0xb8, 0xa3},  /* ё */
	{0xab, 0xab, '"'},    /* « */
	{0xbb, 0xbb, '"'},    /* » */
	{0x2014, 0x97, '-'},  /* — */
	{0x2013, 0x96, '-'},  /* – */
	{0x2116, 0xb9, 'N'},  /* № */
	{0x2026, 0x85, '.'},  /* … */
};

/* KOI8-R letters 0xc0..0xdf in code order (lower case; upper is +0x20). */
static const char koi8_order[] = "юабцдефгхийклмнопярстужвьызшэщчъ";

static size_t
utf8_next(const unsigned char *p, size_t n, uint32_t *cp)
{
	size_t len = p[0] < 0x80 ? 1 : p[0] < 0xe0 ? 2 : p[0] < 0xf0 ? 3 : 4;

	if (len > n)
		len = n;
	*cp = len == 1 ? p[0] : (uint32_t)(p[0] & (0x3f >> (len - 1)));
	for (size_t i = 1; i < len; i++)
		*cp = (*cp << 6) | (p[i] & 0x3f);
	return len;
}

struct gen;
static unsigned char legacy_byte(const struct gen *g, uint32_t cp, enum cs cs);

/* ---- the generator's state ---- */

struct gen {
	struct rng r;
	FILE *out;
	uint64_t target, total;
	uint64_t att_bytes, other_bytes;
	unsigned messages, conversations;
	bool text; /* -t: mostly text, no attachments */
	unsigned char koi[64]; /* U+0410..U+044F -> KOI8-R */
	struct sbuf raw, msg, part, tmp, para, rnd;
};

static unsigned char
legacy_byte(const struct gen *g, uint32_t cp, enum cs cs)
{
	if (cp < 0x80)
		return (unsigned char)cp;
	if (cp >= 0x410 && cp <= 0x44f)
		return cs == CS_CP1251 ? (unsigned char)(0xc0 + cp - 0x410)
				       : g->koi[cp - 0x410];
	for (size_t i = 0; i < N(specials); i++)
		if (specials[i].cp == cp)
			return cs == CS_CP1251 ? specials[i].cp1251
					       : specials[i].koi8;
	return '?';
}

static void
koi_init(struct gen *g)
{
	const unsigned char *p = (const unsigned char *)koi8_order;
	size_t n = strlen(koi8_order), off = 0;
	uint32_t cp;

	for (unsigned i = 0; off < n && i < 32; i++) {
		off += utf8_next(p + off, n - off, &cp);
		g->koi[cp - 0x410] = (unsigned char)(0xc0 + i);      /* lower */
		g->koi[cp - 0x430] = (unsigned char)(0xe0 + i);      /* upper */
	}
}

/* UTF-8 text in the charset cs. */
static void
recode(const struct gen *g, struct sbuf *out, const char *s, size_t n,
       enum cs cs)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;

	if (cs == CS_UTF8 || cs == CS_ASCII) {
		sb_add(out, s, n);
		return;
	}
	for (size_t i = 0; i < n;) {
		i += utf8_next(p + i, n - i, &cp);
		sb_putc(out, (char)legacy_byte(g, cp, cs));
	}
}

/* ---- transfer encodings ---- */

static const char b64_alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Base64 without line breaks. */
static void
b64_plain(struct sbuf *out, const unsigned char *p, size_t n)
{
	char q[4];

	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)p[i] << 16;
		size_t left = n - i;

		if (left > 1)
			v |= (uint32_t)p[i + 1] << 8;
		if (left > 2)
			v |= p[i + 2];
		q[0] = b64_alphabet[(v >> 18) & 63];
		q[1] = b64_alphabet[(v >> 12) & 63];
		q[2] = left > 1 ? b64_alphabet[(v >> 6) & 63] : '=';
		q[3] = left > 2 ? b64_alphabet[v & 63] : '=';
		sb_add(out, q, 4);
	}
}

/* Base64 in lines of B64_COLS characters, each ended by '\n'. */
static void
b64_lines(struct sbuf *out, const unsigned char *p, size_t n)
{
	const size_t chunk = B64_COLS / 4 * 3;

	for (size_t i = 0; i < n; i += chunk) {
		b64_plain(out, p + i, n - i < chunk ? n - i : chunk);
		sb_putc(out, '\n');
	}
}

static void
qp_line(struct sbuf *out, const unsigned char *p, size_t n)
{
	unsigned col = 0;
	char tok[4];

	for (size_t i = 0; i < n; i++) {
		unsigned ch = p[i];
		bool lit = (ch >= 33 && ch <= 126 && ch != '=') ||
			   (ch == ' ' && i + 1 < n);
		size_t tl = 1;

		if (lit)
			tok[0] = (char)ch;
		else
			tl = (size_t)snprintf(tok, sizeof(tok), "=%02X", ch);
		if (col + tl > QP_COLS) {
			sb_add(out, "=\n", 2);
			col = 0;
		}
		sb_add(out, tok, tl);
		col += (unsigned)tl;
	}
	sb_putc(out, '\n');
}

static void
qp_text(struct sbuf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start = 0;

	for (size_t i = 0; i <= n; i++) {
		if (i < n && p[i] != '\n')
			continue;
		if (i == n && start == n)
			break;
		qp_line(out, p + start, i - start);
		start = i + 1;
	}
}

/* The body s (UTF-8) in charset cs and encoding cte. */
static void
encode_body(struct gen *g, struct sbuf *out, const char *s, size_t n,
	    enum cs cs, enum cte cte)
{
	sb_reset(&g->tmp);
	recode(g, &g->tmp, s, n, cs);
	if (cte == CTE_QP)
		qp_text(out, g->tmp.s, g->tmp.len);
	else if (cte == CTE_B64)
		b64_lines(out, (const unsigned char *)g->tmp.s, g->tmp.len);
	else
		sb_add(out, g->tmp.s, g->tmp.len);
	if (out->len && out->s[out->len - 1] != '\n')
		sb_putc(out, '\n');
}

/* ---- RFC 2047 ---- */

static bool
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

static bool
q_safe(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("!*+-/", c) != NULL;
}

static void
ew_payload(struct sbuf *out, const unsigned char *p, size_t n, bool q)
{
	if (!q) {
		b64_plain(out, p, n);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (p[i] == ' ')
			sb_putc(out, '_');
		else if (q_safe(p[i]))
			sb_putc(out, (char)p[i]);
		else
			sb_printf(out, "=%02X", p[i]);
	}
}

/* Length of the next chunk of at most EW_BYTES bytes of s that does not
 * split a UTF-8 sequence. */
static size_t
ew_chunk(const unsigned char *p, size_t n, enum cs cs)
{
	size_t k = n < EW_BYTES ? n : EW_BYTES;

	if (cs == CS_UTF8)
		while (k < n && k > 0 && (p[k] & 0xc0) == 0x80)
			k--;
	return k;
}

/* Header text: ASCII as is, else encoded words (B or Q) in charset cs,
 * folded one word per line. */
static void
hdr_text(struct gen *g, struct sbuf *out, const char *s, enum cs cs)
{
	bool q = rng_pct(&g->r, 40);
	const unsigned char *p;
	size_t n;

	if (is_ascii(s)) {
		sb_puts(out, s);
		return;
	}
	if (cs == CS_ASCII)
		cs = CS_UTF8;
	sb_reset(&g->tmp);
	recode(g, &g->tmp, s, strlen(s), cs);
	p = (const unsigned char *)g->tmp.s;
	n = g->tmp.len;
	for (size_t i = 0; i < n;) {
		size_t k = ew_chunk(p + i, n - i, cs);

		sb_printf(out, "%s=?%s?%c?", i ? "\n " : "", ew_names[cs],
			  q ? 'Q' : 'B');
		ew_payload(out, p + i, k, q);
		sb_puts(out, "?=");
		i += k;
	}
}

/* ---- text composition ---- */

struct vars {
	const char *v[128];
};

static void
expand(struct sbuf *out, const char *s, const struct vars *vars)
{
	while (*s) {
		const char *close = s[0] == '{' ? strchr(s, '}') : NULL;
		unsigned char key = (unsigned char)s[1];

		if (close && close == s + 2 && key < 128 && vars->v[key]) {
			sb_puts(out, vars->v[key]);
			s += 3;
			continue;
		}
		sb_putc(out, *s++);
	}
}

static size_t
char_count(const char *s, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

/* Word-wrap one paragraph at WRAP_COLS characters into out. */
static void
wrap(struct sbuf *out, const char *s, size_t n)
{
	size_t col = 0, i = 0;

	while (i < n) {
		size_t j = i, w;

		while (j < n && s[j] != ' ')
			j++;
		w = char_count(s + i, j - i);
		if (col && col + 1 + w > WRAP_COLS) {
			sb_putc(out, '\n');
			col = 0;
		} else if (col) {
			sb_putc(out, ' ');
			col++;
		}
		sb_add(out, s + i, j - i);
		col += w;
		i = j < n ? j + 1 : j;
	}
	sb_putc(out, '\n');
}

/* ---- conversations ---- */

enum role { R_CUST, R_CO };

enum act {
	A_OPEN,
	A_REMIND,
	A_ESCALATE,
	A_CONTEST,
	A_THANKS,
	A_AUTO,
	A_ACK,
	A_STALL,
	A_REFUSE,
	A_RESOLVE,
	A_ADVICE,
	NACT
};

struct slot {
	enum tab tab;
	unsigned pct;
	bool para; /* starts a paragraph */
};

#define MAX_SLOTS 8

/* What each kind of message says, in order. */
static const struct slot acts[NACT][MAX_SLOTS] = {
	[A_OPEN] = {{T_CU_GREET, 80, true}, {T_CU_TOPIC, 100, true},
		    {T_CU_DETAIL, 50, false}, {T_CU_FROM, 25, true},
		    {T_CU_SOLUTION, 30, true}},
	[A_REMIND] = {{T_CU_GREET, 60, true}, {T_CU_CLAIM, 85, true},
		      {T_CU_NOREPLY, 70, false}, {T_CU_FROM, 15, true},
		      {T_CU_SOLUTION, 60, true}, {T_CU_TRAP, 30, false}},
	[A_ESCALATE] = {{T_CU_GREET, 50, true}, {T_CU_NOREPLY, 50, true},
			{T_CU_SUPERVISOR, 80, true}, {T_CU_WRITTEN, 50, false},
			{T_CU_TRAP, 35, true}},
	[A_CONTEST] = {{T_CU_GREET, 50, true}, {T_CU_WHY, 90, true},
		       {T_CU_WRITTEN, 60, false}, {T_CU_SUPERVISOR, 30, true}},
	[A_THANKS] = {{T_CU_GREET, 40, true}, {T_CU_THANKS, 100, true}},
	[A_AUTO] = {{T_CO_AUTO, 100, true}, {T_CO_TICKET, 100, true},
		    {T_CO_PROMISE, 70, false}, {T_CO_TRAP, 30, true}},
	[A_ACK] = {{T_CO_GREET, 95, true}, {T_CO_THANKS, 70, true},
		   {T_CO_TICKET, 80, false}, {T_CO_FORWARDED, 60, false},
		   {T_CO_FILLER, 50, true}, {T_CO_PROMISE, 85, true},
		   {T_CO_CLOSING, 50, true}},
	[A_STALL] = {{T_CO_GREET, 95, true}, {T_CO_APOLOGY, 80, true},
		     {T_CO_FILLER, 60, false}, {T_CO_FORWARDED, 40, true},
		     {T_CO_PROMISE, 70, false}, {T_CO_CLOSING, 40, true}},
	[A_REFUSE] = {{T_CO_GREET, 95, true}, {T_CO_FILLER, 50, true},
		      {T_CO_REFUSAL, 100, true}, {T_CO_JUSTIFY, 60, false},
		      {T_CO_APOLOGY, 40, true}, {T_CO_CLOSING, 50, true}},
	[A_RESOLVE] = {{T_CO_GREET, 95, true}, {T_CO_RESOLVE, 100, true},
		       {T_CO_FILLER, 40, false}, {T_CO_CLOSING, 60, true}},
	[A_ADVICE] = {{T_CO_GREET, 95, true}, {T_CO_THANKS, 40, true},
		      {T_CO_ADVICE, 100, true}, {T_CO_ADVICE, 40, false},
		      {T_CO_PROMISE, 30, true}, {T_CO_CLOSING, 60, true}},
};

struct conv {
	unsigned index;
	const struct lang *L;
	const struct company *co;
	const struct person *cust, *agent;
	const struct topic *topic;
	char cust_addr[96], co_addr[96];
	char ticket[40], tag[64], order[24];
	char subject[256];
	bool tagged; /* the subject carries the ticket tag */
	unsigned planned, nmsg;
	enum act last;
	bool ended;
	int64_t t;   /* time of the last message */
	char ids[MAX_THREAD][ID_LEN];
	struct sbuf hist;      /* text of the last message, quote included */
	char hist_date[64];
	const char *hist_name;
	const char *hist_addr;
	struct sbuf co_text;   /* the last company message, for forwards */
	char co_date[64], co_id[ID_LEN];
};

/* One message being written. */
struct msg {
	enum role role;
	enum act act;
	int64_t t;
	char date[64], id[ID_LEN];
	const char *from_name, *from_addr, *to_name, *to_addr;
	char subject[300];
	struct sbuf own, full;
	enum cs cs;
	enum cte cte;
	bool html, fwd;
	unsigned natt;
};

static void
format_date(char *out, size_t n, int64_t t, int offset)
{
	time_t local = (time_t)(t + offset);
	struct tm tm;
	int a = offset < 0 ? -offset : offset;

	gmtime_r(&local, &tm);
	strftime(out, n, "%a, %d %b %Y %H:%M:%S", &tm);
	snprintf(out + strlen(out), n - strlen(out), " %c%02d%02d",
		 offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

static void
make_ticket(struct conv *c, struct rng *r)
{
	unsigned i = c->index;
	const char *pfx = c->co->prefix;

	switch (c->co->tfmt) {
	case TF_DIGITS:
		snprintf(c->ticket, sizeof(c->ticket), "%u",
			 4100000 + i * 3 + rng_below(r, 3));
		break;
	case TF_SR:
	case TF_JIRA:
		snprintf(c->ticket, sizeof(c->ticket), "%s-%u", pfx,
			 10000 + i);
		break;
	case TF_INC:
		snprintf(c->ticket, sizeof(c->ticket), "INC%07u", 12000 + i);
		break;
	case TF_OTRS:
		snprintf(c->ticket, sizeof(c->ticket), "2025%02u%02u%08u",
			 1 + i % 12, 1 + i % 28, 10000000 + i);
		break;
	case TF_CASE:
	case TF_BRACKET:
		snprintf(c->ticket, sizeof(c->ticket), "%08u", 1000000 + i);
		break;
	}
	if (c->co->tfmt == TF_OTRS)
		snprintf(c->tag, sizeof(c->tag), "[Ticket#%s] ", c->ticket);
	else if (c->co->tfmt == TF_BRACKET || c->co->tfmt == TF_JIRA)
		snprintf(c->tag, sizeof(c->tag), "[#%s] ", c->ticket);
	else
		c->tag[0] = '\0';
}

static void
conv_init(struct gen *g, struct conv *c, unsigned index)
{
	struct rng *r = &g->r;
	const struct lang *L = langs[rng_pct(r, 55) ? 0 : 1];
	struct vars v = {0};
	struct sbuf s = {0};

	c->index = index;
	c->L = L;
	c->co = &L->companies[rng_below(r, (uint32_t)L->ncompanies)];
	c->cust = &L->customers[rng_below(r, (uint32_t)L->ncustomers)];
	c->agent = &L->agents[rng_below(r, (uint32_t)L->nagents)];
	c->topic = &L->topics[rng_below(r, (uint32_t)L->ntopics)];
	snprintf(c->cust_addr, sizeof(c->cust_addr), "%s%u@%s",
		 c->cust->login, rng_range(r, 1, 99),
		 rng_pct(r, 50) ? "inbox.example" : "post.example");
	snprintf(c->co_addr, sizeof(c->co_addr), "%s@%s",
		 rng_pct(r, 70) ? "support" : "help", c->co->domain);
	snprintf(c->order, sizeof(c->order), "%u",
		 3000000 + index * 7 + rng_below(r, 7));
	make_ticket(c, r);
	v.v['O'] = c->order;
	expand(&s, c->topic->subject, &v);
	snprintf(c->subject, sizeof(c->subject), "%s", s.s);
	free(s.s);
	c->planned = rng_range(r, 2, MAX_THREAD);
	c->nmsg = 0;
	c->ended = false;
	c->tagged = false;
	c->t = BASE_TIME +
	       ((int64_t)index * 2351 * 60 + rng_below(r, 36000)) % SPAN_SECONDS;
	sb_reset(&c->hist);
	sb_reset(&c->co_text);
	c->co_id[0] = '\0';
}

/* The kind of the next message from the story so far. */
static enum act
next_act(struct gen *g, const struct conv *c, enum role role)
{
	static const enum act co_acts[] = {A_STALL, A_STALL, A_REFUSE,
					   A_RESOLVE, A_RESOLVE, A_ADVICE};
	struct rng *r = &g->r;

	if (c->nmsg == 0)
		return A_OPEN;
	if (role == R_CO) {
		if (c->nmsg == 1)
			return rng_pct(r, 30) ? A_AUTO : A_ACK;
		if (c->last == A_AUTO)
			return A_ACK;
		return co_acts[rng_below(r, N(co_acts))];
	}
	if (c->last == A_REFUSE)
		return A_CONTEST;
	if (c->last == A_RESOLVE)
		return A_THANKS;
	return rng_pct(r, 60) ? A_REMIND : A_ESCALATE;
}

static enum role
next_role(const struct conv *c)
{
	if (c->nmsg == 0)
		return R_CUST;
	if (c->last == A_AUTO)
		return R_CO;
	return c->last <= A_THANKS ? R_CO : R_CUST;
}

static void
make_deadline(struct gen *g, const struct conv *c, int64_t t,
	      struct sbuf *out)
{
	const struct lang *L = c->L;
	const struct deadline *d =
		&L->deadlines[rng_below(&g->r, (uint32_t)L->ndeadlines)];
	char num[16], day[16], mon[16], year[16];
	struct vars v = {0};
	time_t due;
	struct tm tm;

	snprintf(num, sizeof(num), "%u", rng_range(&g->r, d->lo, d->hi));
	v.v['n'] = num;
	if (d->kind == DK_DATE) {
		due = (time_t)(t + L->utc_offset +
			       86400 * (int64_t)rng_range(&g->r, d->lo, d->hi));
		gmtime_r(&due, &tm);
		snprintf(day, sizeof(day), "%d", tm.tm_mday);
		snprintf(mon, sizeof(mon), "%02d", tm.tm_mon + 1);
		snprintf(year, sizeof(year), "%d", tm.tm_year + 1900);
		v.v['d'] = day;
		v.v['M'] = mon;
		v.v['y'] = year;
		v.v['m'] = L->months[tm.tm_mon];
	}
	expand(out, d->text, &v);
}

static const char *
pick(struct rng *r, const struct table *t)
{
	return t->s[rng_below(r, (uint32_t)t->n)];
}

/* The message's own text: the act's slots, wrapped, and a signature. */
static void
compose(struct gen *g, struct conv *c, struct msg *m)
{
	const struct slot *sl = acts[m->act];
	struct vars v = {0};
	struct sbuf dl = {0};

	make_deadline(g, c, m->t, &dl);
	v.v['N'] = c->cust->name;
	v.v['A'] = c->agent->name;
	v.v['C'] = c->co->name;
	v.v['T'] = c->ticket;
	v.v['O'] = c->order;
	v.v['D'] = dl.s;
	v.v['W'] = c->co_date;
	v.v['S'] = c->topic->desc;
	sb_reset(&g->para);
	for (size_t i = 0; i < MAX_SLOTS && sl[i].pct; i++) {
		if (!rng_pct(&g->r, sl[i].pct))
			continue;
		if (sl[i].para && g->para.len) {
			wrap(&m->own, g->para.s, g->para.len);
			sb_putc(&m->own, '\n');
			sb_reset(&g->para);
		} else if (g->para.len) {
			sb_putc(&g->para, ' ');
		}
		expand(&g->para, pick(&g->r, &c->L->t[sl[i].tab]), &v);
	}
	if (g->para.len)
		wrap(&m->own, g->para.s, g->para.len);
	sb_putc(&m->own, '\n');
	if (m->role == R_CO)
		expand(&m->own, c->L->co_sign, &v);
	else
		sb_printf(&m->own, "%s\n", c->cust->name);
	free(dl.s);
}

/* own + attribution + quoted history (top posting). */
static void
add_quote(struct conv *c, struct msg *m)
{
	struct vars v = {0};
	size_t lines = 0;
	const char *p = c->hist.s, *end = c->hist.s + c->hist.len;

	sb_add(&m->full, m->own.s, m->own.len);
	if (!c->hist.len)
		return;
	v.v['W'] = c->hist_date;
	v.v['N'] = c->hist_name;
	v.v['E'] = c->hist_addr;
	sb_putc(&m->full, '\n');
	expand(&m->full, c->L->attribution, &v);
	sb_putc(&m->full, '\n');
	while (p < end && lines++ < QUOTE_MAX_LINES) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		sb_puts(&m->full, n ? "> " : ">");
		sb_add(&m->full, p, n);
		sb_putc(&m->full, '\n');
		p += n + 1;
	}
}

/* ---- MIME ---- */

static void
boundary(struct gen *g, char *out, size_t n)
{
	snprintf(out, n, "----=_Part_%08x_%08x",
		 (unsigned)(rng_next(&g->r) >> 32),
		 (unsigned)(rng_next(&g->r) >> 32));
}

static void
html_escape(struct sbuf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '&':
			sb_puts(out, "&amp;");
			break;
		case '<':
			sb_puts(out, "&lt;");
			break;
		case '>':
			sb_puts(out, "&gt;");
			break;
		case '"':
			sb_puts(out, "&quot;");
			break;
		default:
			sb_putc(out, s[i]);
		}
	}
}

/* The text as a small HTML document; quoted lines in a blockquote. */
static void
to_html(struct sbuf *out, const char *s, size_t n, const char *cs)
{
	const char *p = s, *end = s + n;
	bool inq = false;

	sb_printf(out, "<html><head><meta http-equiv=\"Content-Type\" "
		       "content=\"text/html; charset=%s\"></head>\n"
		       "<body><div style=\"font-family:Arial,sans-serif;"
		       "font-size:14px\">\n", cs);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		bool q = len && p[0] == '>';

		if (q != inq)
			sb_puts(out, q ? "<blockquote style=\"margin:0 0 0 .8ex;"
					 "border-left:1px solid #ccc;"
					 "padding-left:1ex\">\n"
				       : "</blockquote>\n");
		inq = q;
		if (q) {
			size_t skip = (len > 1 && p[1] == ' ') ? 2 : 1;

			p += skip;
			len -= skip;
		}
		html_escape(out, p, len);
		sb_puts(out, "<br>\n");
		p += len + 1;
	}
	sb_puts(out, inq ? "</blockquote>\n</div></body></html>\n"
			 : "</div></body></html>\n");
}

static void
put_text_part(struct gen *g, struct sbuf *out, const struct msg *m,
	      bool html)
{
	const char *s = m->full.s;
	size_t n = m->full.len;

	if (html) {
		sb_reset(&g->part);
		to_html(&g->part, s, n, cs_names[m->cs]);
		s = g->part.s;
		n = g->part.len;
	}
	sb_printf(out, "Content-Type: text/%s; charset=%s\n",
		  html ? "html" : "plain", cs_names[m->cs]);
	sb_printf(out, "Content-Transfer-Encoding: %s\n\n", cte_names[m->cte]);
	encode_body(g, out, s, n, m->cs, m->cte);
}

static void
put_alternative(struct gen *g, struct sbuf *out, const struct msg *m)
{
	char b[64];

	boundary(g, b, sizeof(b));
	sb_printf(out, "Content-Type: multipart/alternative; boundary=\"%s\"\n\n",
		  b);
	sb_printf(out, "--%s\n", b);
	put_text_part(g, out, m, false);
	sb_printf(out, "\n--%s\n", b);
	put_text_part(g, out, m, true);
	sb_printf(out, "\n--%s--\n", b);
}

struct attkind {
	const char *type, *ext;
	const char *magic;
	size_t magic_len;
	const char *names[3];
	unsigned min_kib;
};

static const struct attkind attkinds[] = {
	{"application/pdf", "pdf", "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", 15,
	 {"scan", "act", "invoice"}, 8},
	{"image/jpeg", "jpg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", 13,
	 {"screenshot", "IMG", "photo"}, 8},
	{"application/zip", "zip", "PK\x03\x04\x14\x00\x00\x00\x08\x00", 10,
	 {"logs", "diagnostics", "documents"}, 32},
};

static void
random_bytes(struct gen *g, struct sbuf *out, size_t n)
{
	sb_reset(out);
	sb_grow(out, n + 8);
	for (size_t i = 0; i < n; i += 8) {
		uint64_t v = rng_next(&g->r);

		memcpy(out->s + i, &v, 8);
	}
	out->len = n;
}

/* A base64 attachment of random bytes; its size is bounded by 'cap'. */
static void
put_attachment(struct gen *g, struct sbuf *out, enum role role, size_t cap)
{
	static const unsigned cust_kinds[] = {0, 1, 1, 1, 2, 2};
	static const unsigned co_kinds[] = {0, 0, 0, 0, 1};
	unsigned k = role == R_CUST
			     ? cust_kinds[rng_below(&g->r, N(cust_kinds))]
			     : co_kinds[rng_below(&g->r, N(co_kinds))];
	const struct attkind *a = &attkinds[k];
	size_t base = (size_t)a->min_kib * 1024 << rng_below(&g->r, 5);
	size_t size = base + rng_below(&g->r, (uint32_t)base);
	const char *name = a->names[rng_below(&g->r, 3)];
	unsigned num = rng_range(&g->r, 1, 9999);

	if (size > cap)
		size = cap > 512 ? cap : 512;
	random_bytes(g, &g->rnd, size);
	memcpy(g->rnd.s, a->magic, a->magic_len);
	sb_printf(out, "Content-Type: %s; name=\"%s_%04u.%s\"\n", a->type, name,
		  num, a->ext);
	sb_printf(out, "Content-Disposition: attachment; "
		       "filename=\"%s_%04u.%s\"\n", name, num, a->ext);
	sb_puts(out, "Content-Transfer-Encoding: base64\n\n");
	b64_lines(out, (const unsigned char *)g->rnd.s, g->rnd.len);
}

/* The last company message, forwarded back as message/rfc822. */
static void
put_forward(struct gen *g, const struct conv *c, struct sbuf *out)
{
	sb_puts(out, "Content-Type: message/rfc822\n"
		     "Content-Disposition: inline\n\n");
	sb_puts(out, "From: ");
	hdr_text(g, out, c->co->team, CS_UTF8);
	sb_printf(out, " <%s>\nTo: %s\nDate: %s\nSubject: %s", c->co_addr,
		  c->cust_addr, c->co_date, c->tagged ? c->tag : "");
	hdr_text(g, out, c->subject, CS_UTF8);
	sb_printf(out, "\nMessage-ID: <%s>\nMIME-Version: 1.0\n", c->co_id);
	sb_puts(out, "Content-Type: text/plain; charset=utf-8\n"
		     "Content-Transfer-Encoding: 8bit\n\n");
	sb_add(out, c->co_text.s, c->co_text.len);
}

/* Content-Type and body; returns the bytes of attachments. */
static size_t
put_body(struct gen *g, const struct conv *c, const struct msg *m,
	 struct sbuf *out)
{
	bool mixed = m->natt || m->fwd;
	size_t att = 0, cap = (size_t)((g->target - g->total) / 4);
	char b[64];

	if (mixed) {
		boundary(g, b, sizeof(b));
		sb_printf(out, "Content-Type: multipart/mixed; boundary=\"%s\""
			       "\n\nThis is a multi-part message in MIME "
			       "format.\n\n--%s\n", b, b);
	}
	if (m->html)
		put_alternative(g, out, m);
	else
		put_text_part(g, out, m, false);
	if (m->fwd) {
		sb_printf(out, "\n--%s\n", b);
		put_forward(g, c, out);
	}
	for (unsigned i = 0; i < m->natt; i++) {
		size_t before;

		sb_printf(out, "\n--%s\n", b);
		before = out->len;
		put_attachment(g, out, m->role, cap);
		att += out->len - before;
	}
	if (mixed)
		sb_printf(out, "\n--%s--\n", b);
	return att;
}

/* ---- headers ---- */

static void
put_address(struct gen *g, struct sbuf *out, const char *field,
	    const char *name, const char *addr, enum cs cs)
{
	sb_printf(out, "%s: ", field);
	if (is_ascii(name))
		sb_printf(out, "\"%s\"", name);
	else
		hdr_text(g, out, name, cs);
	sb_printf(out, " <%s>\n", addr);
}

static void
put_received(struct gen *g, struct sbuf *out, const struct msg *m)
{
	const char *dom = strchr(m->from_addr, '@') + 1;
	unsigned hops = rng_range(&g->r, 1, 2);

	for (unsigned i = 0; i < hops; i++)
		sb_printf(out, "Received: from mx%u.%s (mx%u.%s [10.%u.%u.%u])\n"
			       "\tby mail.%s with ESMTPS id %08X\n"
			       "\tfor <%s>; %s\n",
			  i + 1, dom, i + 1, dom, rng_below(&g->r, 256),
			  rng_below(&g->r, 256), rng_range(&g->r, 1, 254),
			  strchr(m->to_addr, '@') + 1,
			  (unsigned)(rng_next(&g->r) >> 32), m->to_addr,
			  m->date);
}

static void
put_references(struct sbuf *out, const struct conv *c)
{
	unsigned first = c->nmsg > MAX_REFS ? c->nmsg - MAX_REFS : 0;

	sb_printf(out, "In-Reply-To: <%s>\nReferences:", c->ids[c->nmsg - 1]);
	for (unsigned i = first; i < c->nmsg; i++)
		sb_printf(out, "%s<%s>\n", i == first ? " " : " ", c->ids[i]);
}

static void
put_headers(struct gen *g, const struct conv *c, const struct msg *m,
	    struct sbuf *out)
{
	static const char *const mailers[] = {
		"Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6.0",
		"Roundcube Webmail/1.6.5", "OTRS Mail Service (6.0.x)"};

	put_received(g, out, m);
	sb_printf(out, "Date: %s\n", m->date);
	put_address(g, out, "From", m->from_name, m->from_addr, m->cs);
	put_address(g, out, "To", m->to_name, m->to_addr, m->cs);
	sb_printf(out, "Subject: %s", m->subject);
	hdr_text(g, out, c->subject, m->cs);
	sb_printf(out, "\nMessage-ID: <%s>\n", m->id);
	if (c->nmsg)
		put_references(out, c);
	sb_puts(out, "MIME-Version: 1.0\n");
	if (rng_pct(&g->r, 60))
		sb_printf(out, "X-Mailer: %s\n",
			  mailers[rng_below(&g->r, N(mailers))]);
}

/* ---- one message ---- */

static void
choose_style(struct gen *g, const struct conv *c, struct msg *m)
{
	struct rng *r = &g->r;
	unsigned u = rng_below(r, 100);

	if (c->L == &lang_ru)
		m->cs = u < 60 ? CS_UTF8 : u < 85 ? CS_CP1251 : CS_KOI8R;
	else
		m->cs = u < 55 ? CS_UTF8 : CS_ASCII;
	u = rng_below(r, 100);
	if (m->cs == CS_ASCII)
		m->cte = CTE_7BIT;
	else if (m->cs == CS_UTF8)
		m->cte = u < 40 ? CTE_8BIT : u < 75 ? CTE_QP : CTE_B64;
	else
		m->cte = u < 55 ? CTE_QP : CTE_B64;
	m->html = rng_pct(r, 45);
	m->fwd = m->role == R_CUST && c->co_text.len && rng_pct(r, 12);
	m->natt = 0;
	if (rng_pct(r, g->att_bytes <= g->other_bytes ? 15 : 1))
		m->natt = rng_pct(r, 20) ? 2 : 1;
	if (g->text)
		m->natt = 0; /* drawn all the same: -t changes nothing else */
}

static void
set_parties(struct gen *g, struct conv *c, struct msg *m)
{
	bool co = m->role == R_CO;
	const char *dom;

	m->from_name = co ? (rng_pct(&g->r, 60) ? c->co->team : c->agent->name)
			  : c->cust->name;
	m->from_addr = co ? c->co_addr : c->cust_addr;
	m->to_name = co ? c->cust->name : c->co->team;
	m->to_addr = co ? c->cust_addr : c->co_addr;
	format_date(m->date, sizeof(m->date), m->t, c->L->utc_offset);
	dom = strchr(m->from_addr, '@') + 1;
	snprintf(m->id, sizeof(m->id), "%08x.%u.%u@%s",
		 (unsigned)(rng_next(&g->r) >> 32), c->index, c->nmsg, dom);
	if (co && c->tag[0])
		c->tagged = true;
	snprintf(m->subject, sizeof(m->subject), "%s%s",
		 c->nmsg ? (rng_pct(&g->r, 80) ? "Re: " : "RE: ") : "",
		 c->tagged ? c->tag : "");
}

static void
mbox_escape(struct sbuf *out, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len = nl ? (size_t)(nl - (s + i)) + 1 : n - i, k = i;

		while (k < i + len && s[k] == '>')
			k++;
		if (i + len - k >= 5 && memcmp(s + k, "From ", 5) == 0)
			sb_putc(out, '>');
		sb_add(out, s + i, len);
		i += len;
	}
}

static void
from_line(struct sbuf *out, const char *addr, int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char when[64];

	gmtime_r(&tt, &tm);
	strftime(when, sizeof(when), "%a %b %e %H:%M:%S %Y", &tm);
	sb_printf(out, "From %s %s\n", addr, when);
}

/* Builds the next message of c into g->msg; returns its attachment bytes. */
static size_t
build_message(struct gen *g, struct conv *c, struct msg *m)
{
	size_t att;

	m->role = next_role(c);
	m->act = next_act(g, c, m->role);
	m->t = c->t;
	if (c->nmsg)
		m->t += m->role == R_CO ? rng_range(&g->r, 1800, 3 * 86400)
					: rng_range(&g->r, 3600, 6 * 86400);
	set_parties(g, c, m);
	choose_style(g, c, m);
	sb_reset(&m->own);
	sb_reset(&m->full);
	compose(g, c, m);
	if (m->fwd) {
		struct vars v = {0};

		v.v['W'] = c->co_date;
		sb_putc(&m->own, '\n');
		expand(&m->own, pick(&g->r, &c->L->t[T_FWD_NOTE]), &v);
		sb_putc(&m->own, '\n');
	}
	if (m->cs == CS_ASCII && !is_ascii(m->own.s))
		m->cs = CS_UTF8, m->cte = CTE_8BIT;
	add_quote(c, m);
	if (m->cs == CS_ASCII && !is_ascii(m->full.s))
		m->cs = CS_UTF8, m->cte = CTE_QP;
	sb_reset(&g->raw);
	put_headers(g, c, m, &g->raw);
	att = put_body(g, c, m, &g->raw);
	sb_reset(&g->msg);
	from_line(&g->msg, m->from_addr, m->t);
	mbox_escape(&g->msg, g->raw.s, g->raw.len);
	sb_putc(&g->msg, '\n');
	return att;
}

/* The message is in the mailbox: remember what the next one quotes. */
static void
record(struct conv *c, const struct msg *m)
{
	snprintf(c->ids[c->nmsg], ID_LEN, "%s", m->id);
	sb_reset(&c->hist);
	sb_add(&c->hist, m->full.s, m->full.len);
	snprintf(c->hist_date, sizeof(c->hist_date), "%s", m->date);
	c->hist_name = m->from_name;
	c->hist_addr = m->from_addr;
	if (m->role == R_CO) {
		sb_reset(&c->co_text);
		sb_add(&c->co_text, m->own.s, m->own.len);
		snprintf(c->co_date, sizeof(c->co_date), "%s", m->date);
		snprintf(c->co_id, sizeof(c->co_id), "%s", m->id);
	}
	c->last = m->act;
	c->t = m->t;
	c->nmsg++;
	c->ended = m->act == A_THANKS || c->nmsg >= c->planned;
}

static void
emit(struct gen *g, const struct sbuf *b)
{
	if (fwrite(b->s, 1, b->len, g->out) != b->len) {
		perror("benchgen: write");
		exit(2);
	}
	g->total += b->len;
}

/* ---- the closing message, padded to the exact size ---- */

static const char *const filler_words[] = {
	"router", "log", "line", "connection", "timeout", "restart", "modem",
	"status", "signal", "packet", "loss", "the", "and", "at", "after",
	"retry", "error", "code", "port", "link", "down", "up", "again",
};

/* Exactly n bytes of ASCII text lines. */
static void
filler(struct gen *g, struct sbuf *out, size_t n)
{
	size_t col = 0;

	while (n > 0) {
		const char *w = filler_words[rng_below(&g->r, N(filler_words))];
		size_t wl = strlen(w);

		if (n == 1 || col + wl + 2 > WRAP_COLS) {
			sb_putc(out, '\n');
			n--;
			col = 0;
			continue;
		}
		if (wl + (col ? 1 : 0) > n - 1)
			wl = n - 1 - (col ? 1 : 0);
		if (col)
			sb_putc(out, ' '), n--, col++;
		sb_add(out, w, wl);
		n -= wl;
		col += wl;
	}
}

static void
write_tail(struct gen *g, unsigned index)
{
	uint64_t room = g->target - g->total;
	size_t lines = room > 65536 && !g->text ? (size_t)((room - 8192) / 77)
						: 0;
	int64_t t = BASE_TIME + (int64_t)(index % 1000) * 3600;
	struct sbuf head = {0}, tail = {0};
	char date[64], b[64];

	format_date(date, sizeof(date), t, 0);
	boundary(g, b, sizeof(b));
	from_line(&head, "oliver.grant7@post.example", t);
	sb_printf(&head, "Date: %s\nFrom: \"Oliver Grant\" "
			 "<oliver.grant7@post.example>\nTo: \"Support\" "
			 "<support@northwind-broadband.example>\nSubject: "
			 "Router logs, part %u\nMessage-ID: <tail.%u@post.example>"
			 "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; "
			 "boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; "
			 "charset=us-ascii\n\nHello, here are the router logs "
			 "you asked for.\n\n", date, index, index, b, b);
	if (lines) {
		sb_printf(&tail, "\n--%s\nContent-Type: application/zip; "
				 "name=\"logs_%u.zip\"\nContent-Disposition: "
				 "attachment; filename=\"logs_%u.zip\"\n"
				 "Content-Transfer-Encoding: base64\n\n",
			  b, index, index);
		random_bytes(g, &g->rnd, lines * 57);
		b64_lines(&tail, (const unsigned char *)g->rnd.s, g->rnd.len);
		g->att_bytes += lines * 77;
	}
	sb_printf(&tail, "\n--%s--\n\n", b);
	filler(g, &head, (size_t)(room - head.len - tail.len));
	emit(g, &head);
	emit(g, &tail);
	g->messages++;
	g->conversations++;
	free(head.s);
	free(tail.s);
}

/* ---- main loop ---- */

static void
msg_free(struct msg *m)
{
	free(m->own.s);
	free(m->full.s);
}

/* Writes conversations while they fit, then the closing message. */
static void
run(struct gen *g)
{
	struct conv c = {0};
	struct msg m = {0};
	unsigned index;
	bool full = false;

	for (index = 0; !full; index++) {
		conv_init(g, &c, index);
		while (!c.ended) {
			size_t att = build_message(g, &c, &m);

			if (g->total + g->msg.len + TAIL_MIN > g->target) {
				full = true;
				break;
			}
			emit(g, &g->msg);
			g->messages++;
			g->att_bytes += att;
			g->other_bytes += g->msg.len - att;
			record(&c, &m);
		}
		g->conversations += c.nmsg > 0;
	}
	write_tail(g, index);
	msg_free(&m);
	free(c.hist.s);
	free(c.co_text.s);
}

static void
usage(void)
{
	fputs("usage: benchgen [-t] [-s SEED] [-o FILE] MIB\n"
	      "Writes a reproducible mbox of exactly MIB MiB (1 to 65536);\n"
	      "-t: mostly text (no attachments).\n",
	      stderr);
	exit(2);
}

static unsigned long long
parse_number(const char *s, unsigned long long max)
{
	char *end;
	unsigned long long v;

	if (!*s || *s == '-')
		usage();
	v = strtoull(s, &end, 10);
	if (*end || v > max)
		usage();
	return v;
}

int
main(int argc, char **argv)
{
	struct gen g = {0};
	uint64_t seed = DEFAULT_SEED;
	const char *path = NULL;
	unsigned long long mib;
	int opt;

	while ((opt = getopt(argc, argv, "ts:o:h")) != -1) {
		if (opt == 't')
			g.text = true;
		else if (opt == 's')
			seed = parse_number(optarg, UINT64_MAX);
		else if (opt == 'o')
			path = optarg;
		else
			usage();
	}
	if (optind != argc - 1)
		usage();
	mib = parse_number(argv[optind], MAX_MIB);
	if (mib == 0)
		usage();
	g.out = path ? fopen(path, "wb") : stdout;
	if (!g.out) {
		fprintf(stderr, "benchgen: %s: cannot open for writing\n", path);
		return 2;
	}
	setvbuf(g.out, NULL, _IOFBF, 1 << 20);
	rng_seed(&g.r, seed);
	koi_init(&g);
	g.target = mib * MIB_BYTES;
	run(&g);
	if (fflush(g.out) != 0 || (path && fclose(g.out) != 0)) {
		perror("benchgen: write");
		return 2;
	}
	free(g.raw.s);
	free(g.msg.s);
	free(g.part.s);
	free(g.tmp.s);
	free(g.para.s);
	free(g.rnd.s);
	fprintf(stderr, "benchgen: bytes=%llu messages=%u conversations=%u "
			"attachment_bytes=%llu\n",
		(unsigned long long)g.total, g.messages, g.conversations,
		(unsigned long long)g.att_bytes);
	return 0;
}

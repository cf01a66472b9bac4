/* rfc822.h - RFC 5322 header blocks: unfolding, lookup, addresses, dates.
 *
 * Header values are copies, unfolded (line breaks removed, the folding
 * white space kept), not yet decoded (RFC 2047 is mime.h's job); NUL
 * bytes become spaces. Names are kept as written; lookup ignores case. */
#ifndef ESC_RFC822_H
#define ESC_RFC822_H

#include <stdbool.h>
#include <stddef.h>

#include "timeutil.h"
#include "util.h"

#define RFC822_MAX_HEADERS 4096		/* further headers are dropped */
#define RFC822_MAX_VALUE (1024 * 1024)	/* longer values are cut */

struct rfc822_header {
	char *name;
	char *value;
};

struct rfc822_headers {
	struct rfc822_header *v;
	size_t n, cap;
	bool truncated; /* a bound above was hit */
};

/* Parse the header block at the start of data[0..len): an mbox "From "
 * line is skipped, leading white space on the first line is tolerated.
 * The block ends at an empty line or at the first line that is neither
 * a header nor a continuation. *body_off is where the body starts.
 * Returns the number of headers (0: not a header block). */
size_t rfc822_parse(const char *data, size_t len, struct rfc822_headers *h,
		    size_t *body_off);
/* The first header of that name, or NULL; borrowed from h. */
const char *rfc822_get(const struct rfc822_headers *h, const char *name);
/* How many headers of that name. */
size_t rfc822_count(const struct rfc822_headers *h, const char *name);
void rfc822_free(struct rfc822_headers *h);

/* The first mailbox of an address list: *name gets the raw display name
 * (quotes and comment parentheses removed, not RFC 2047 decoded) or NULL,
 * *addr the address or NULL. Both newly allocated. */
void rfc822_address(const char *s, char **name, char **addr);
/* The first <...> message id without its brackets (or the trimmed value
 * when there are none); NULL when empty. Newly allocated. */
char *rfc822_msgid(const char *s);
/* Every <...> id of a value (References, or In-Reply-To of a .msg),
 * space-separated without brackets: "<a@b> <c@d>" -> "a@b c@d"; NULL
 * when none (or s is NULL). Newly allocated. */
char *rfc822_ids(const char *s);
/* An RFC 5322 date ("Thu, 18 Oct 2012 22:48:39 -0700 (PDT)"), tolerant:
 * optional weekday, 2-digit years, obsolete zones (UT, GMT, EST, PDT,
 * MSK, ...), asctime order; a missing zone is +0000. */
bool rfc822_date(const char *s, struct esc_time *out);

#endif /* ESC_RFC822_H */

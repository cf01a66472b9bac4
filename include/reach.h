/* reach.h - which ASCII bytes a match of a regex can consume.
 *
 * reach_consumable() reads a regex in the PCRE2 syntax of the pattern
 * files and over-approximates the set of ASCII bytes that the span of
 * any match (caseless or not, UTF and UCP mode) can contain. What
 * lookarounds inspect is not consumed and does not count. An ASCII byte
 * outside the set is a *barrier* of the regex: no match spans it, so a
 * match lies between two barriers of the text (see "Windows" in
 * docs/patterns.md). The reading is conservative: whatever it cannot
 * bound counts as consuming every byte, and constructs that make the
 * match depend on where a search starts (\G, \K, backtracking verbs),
 * recursion, conditionals and extended syntax make it refuse. */
#ifndef ESC_REACH_H
#define ESC_REACH_H

#include <stdbool.h>
#include <stdint.h>

/* A set of ASCII bytes: bit b of w[b / 64]. */
struct byteset {
	uint64_t w[2];
};

static inline bool
byteset_has(const struct byteset *s, unsigned char b)
{
	return b < 128 && ((s->w[b >> 6] >> (b & 63)) & 1u);
}

/* Fill *out with the bytes a match of 'regex' may consume. Returns
 * false when the regex is not read (then *out is every byte). */
bool reach_consumable(const char *regex, struct byteset *out);

/* A set of ASCII bytes one of which every match of 'regex' consumes:
 * digits, punctuation, never letters (from its mandatory characters and
 * classes; of several, the one of rarest bytes). False when there is
 * none or the regex is not read. */
bool reach_required(const char *regex, struct byteset *out);

#endif /* ESC_REACH_H */

/* emphasis.h - inline emphasis marks of chat markup (Slack mrkdwn,
 * WhatsApp): "*bold*", "_italic_", "~struck~" read as their words. */
#ifndef ESC_EMPHASIS_H
#define ESC_EMPHASIS_H

#include <stddef.h>

/* Remove, in place, each pair of emphasis marks around a run of text
 * on one line: the opening mark at the start or after a space or an
 * opening bracket, followed by a non-space; the closing one the same
 * mark, after a non-space, followed by the end, a space or punctuation.
 * "ticket *DP-20931* created" becomes "ticket DP-20931 created";
 * "*111*6#", "snake_case_name" and "2*3" are left alone. Returns the
 * new length; the text stays NUL-terminated when it was. */
size_t emphasis_strip(char *s, size_t n);

#endif /* ESC_EMPHASIS_H */

/* diag.h - what is wrong with an input, as a record: made where the
 * problem is found, carried as it is through the batch, and put into
 * words only where it leaves the program (stderr, the reports). */
#ifndef ESC_DIAG_H
#define ESC_DIAG_H

#include <stddef.h>

#include "util.h"

enum diag_level {
	DIAG_WARNING, /* something of the input was left out */
	DIAG_ERROR,   /* the input, or a part of it, could not be read */
};

/* How a message number and the text join in words. */
enum diag_form {
	DIAG_ABOUT, /* "message 7: no header block, skipped" */
	DIAG_VERB,  /* "message 7 larger than 1024 bytes, skipped" */
};

struct diag {
	char *path;	       /* the input as reported; NULL where the
				* holder of the list knows it */
	enum diag_level level;
	size_t message;	       /* 1-based number of the message of the
				* input it is about; 0: the whole input */
	enum diag_form form;
	char *text;	       /* what is wrong: lower case, no final stop */
};

/* A growable list of records; zero-initialized is empty. The list owns
 * every string in it. */
struct diag_list {
	struct diag *v;
	size_t n, cap;
};

/* Add a record about the whole input, taking 'text' and copying 'path'
 * (may be NULL); set ->message and ->form of the result for one about a
 * message. The pointer is valid until the next add. */
struct diag *diag_push(struct diag_list *l, const char *path,
		       enum diag_level level, char *text);
/* The same with a copy of 'text'. */
struct diag *diag_push_copy(struct diag_list *l, const char *path,
			    enum diag_level level, const char *text);
/* The same with a printf-like text. */
struct diag *diag_pushf(struct diag_list *l, const char *path,
			enum diag_level level, const char *fmt, ...)
	ESC_PRINTF(4, 5);
/* Move every record of 'from' to the end of 'to'; 'from' is left empty. */
void diag_move(struct diag_list *to, struct diag_list *from);
void diag_list_free(struct diag_list *l);

/* Each text of 'from' (a reader's warnings) as a record about the whole
 * input, taken: 'from' is left empty. */
void diag_take_strings(struct diag_list *to, const char *path,
		       enum diag_level level, struct strlist *from);
/* Each record of 'from' in words (diag_text) appended to 'to': for an
 * interface that hands out plain texts. */
void diag_list_words(struct strlist *to, const struct diag_list *from);

/* What is wrong in words, without the path ("message 7: bad header",
 * "Permission denied"), appended to b. */
void diag_text_append(struct buf *b, const struct diag *d);
/* The same as a new string; caller frees. */
char *diag_text(const struct diag *d);

#endif /* ESC_DIAG_H */

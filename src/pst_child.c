/* pst_child.c - reading an Outlook mailbox in a child process
 * (isolate.h): libpst trusts what the file says, and keeps conversion
 * buffers in static variables. Each e-mail comes back as a frame,
 * encoded as the spill store encodes conversations (spill.h): one e-mail
 * in memory at a time on either side. */
#include "outlook.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isolate.h"
#include "spill.h"

#define FRAME_CONV 'C'
#define FRAME_WARN 'W'
#define FRAME_DONE 'D' /* "SEEN RC" */

/* ---- the child ---- */

static void
send_conv(void *ud, struct conversation *c)
{
	struct buf b = {0};

	spill_encode(c, &b);
	conversation_free(c);
	isolate_send(ud, FRAME_CONV, b.s ? b.s : "", b.len);
	buf_free(&b);
}

void
pst_child_run(struct isolate_out *o, int argc, char **argv,
	      const char *data, size_t len)
{
	struct strlist warn = {0};
	size_t seen = 0;
	char n[48];
	int rc = -1;

	(void)data;
	(void)len;
	if (argc >= 2)
		rc = pst_walk(argv[0], argv[1], send_conv, o, &warn, &seen);
	for (size_t i = 0; i < warn.n; i++)
		isolate_send(o, FRAME_WARN, warn.v[i], strlen(warn.v[i]));
	snprintf(n, sizeof(n), "%zu %d", seen, rc);
	isolate_send(o, FRAME_DONE, n, strlen(n));
	strlist_free(&warn);
}

/* ---- the parent ---- */

/* The walk over the file at 'path', sources named after 'shown'. */
static int
read_each_as(const char *path, const char *shown,
	     void (*fn)(void *ud, struct conversation *c), void *ud,
	     struct strlist *warn, size_t *seen)
{
	const char *args[] = {path, shown, NULL};
	const char *bad = pst_check(path), *trouble;
	struct isolate iso;
	struct buf b = {0};
	size_t taken = 0;
	int rc = -1;
	char type;

	*seen = 0;
	if (bad || !isolate_start(&iso, "pst", args, NULL, 0, &bad)) {
		strlist_push(warn, bad);
		return -1;
	}
	while ((type = isolate_next(&iso, &b)) != 0) {
		struct conversation *c;

		if (type == FRAME_CONV && (c = spill_decode(b.s, b.len))) {
			fn(ud, c);
			taken++;
		} else if (type == FRAME_WARN) {
			strlist_push(warn, b.s);
		} else if (type == FRAME_DONE) {
			sscanf(b.s, "%zu %d", seen, &rc);
		}
	}
	buf_free(&b);
	if ((trouble = isolate_finish(&iso)) != NULL) {
		strlist_pushf(warn,
			      "damaged outlook mailbox: its reader %s after %zu "
			      "e-mails; the rest not read",
			      trouble, taken);
		*seen = taken;
	} else if (taken == 0 && rc >= 0) {
		strlist_push(warn, "no e-mails in the outlook mailbox");
	}
	return taken == 0 ? -1 : (int)(taken > INT32_MAX ? INT32_MAX : taken);
}

int
pst_read_each_as(const char *open, const char *shown,
		 void (*fn)(void *ud, struct conversation *c), void *ud,
		 struct strlist *warn, size_t *seen)
{
	size_t n = 0;
	int rc = read_each_as(open, shown, fn, ud, warn, &n);

	if (seen)
		*seen = n;
	return rc;
}

int
pst_read_each(const char *path, void (*fn)(void *ud, struct conversation *c),
	      void *ud, struct strlist *warn, size_t *seen)
{
	return pst_read_each_as(path, path, fn, ud, warn, seen);
}

static void
push_conv(void *ud, struct conversation *c)
{
	conv_list_push(ud, c);
}

/* libpst reads files only: standard input goes to a temporary file. */
static char *
spool(const char *data, size_t len, struct strlist *warn)
{
	const char *dir = getenv("TMPDIR");
	char *name = xasprintf("%s/escalate-pst-XXXXXX",
			       dir && *dir ? dir : "/tmp");
	int fd = mkstemp(name);
	size_t done = 0;

	while (fd >= 0 && done < len) {
		ssize_t k = write(fd, data + done, len - done);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		done += (size_t)k;
	}
	if (fd < 0 || done < len) {
		strlist_pushf(warn, "cannot spool the mailbox: %s",
			      strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(name);
		}
		free(name);
		return NULL;
	}
	close(fd);
	return name;
}

int
pst_read(const char *path, const char *data, size_t len,
	 struct conv_list *out, struct strlist *warn)
{
	char *tmp = NULL;
	size_t seen;
	int n;

	if (strcmp(path, "-") == 0 && !(tmp = spool(data, len, warn)))
		return -1;
	n = read_each_as(tmp ? tmp : path, path, push_conv, out, warn, &seen);
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
	return n > 0 ? 0 : -1;
}

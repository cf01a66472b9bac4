/* output.c - where the report goes: stdout, or -o FILE written atomically. */
#include "output.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

bool
sink_open(struct sink *s, const char *path)
{
	struct stat st;
	mode_t mask = umask(0);
	int fd;

	umask(mask);
	s->f = stdout;
	s->tmp = NULL;
	if (!path)
		return true;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return (s->f = fopen(path, "w")) != NULL;
	s->tmp = xasprintf("%s.escalate-XXXXXX", path);
	if ((fd = mkstemp(s->tmp)) < 0) {
		free(s->tmp);
		s->tmp = NULL;
		return false;
	}
	(void)fchmod(fd, stat(path, &st) == 0 ? st.st_mode & 07777
					      : 0666 & ~mask);
	if ((s->f = fdopen(fd, "w")) == NULL) {
		int e = errno;

		close(fd);
		unlink(s->tmp);
		free(s->tmp);
		s->tmp = NULL;
		errno = e;
	}
	return s->f != NULL;
}

/* Flush and close; rename the temporary on success, else remove it. */
int
sink_close(struct sink *s, const char *path, int rc)
{
	if (fflush(s->f) != 0 || ferror(s->f))
		rc = -1;
	if (s->f != stdout && fclose(s->f) != 0)
		rc = -1;
	if (s->tmp) {
		if (rc == 0 && rename(s->tmp, path) != 0)
			rc = -1;
		if (rc < 0)
			unlink(s->tmp);
		free(s->tmp);
	}
	return rc;
}

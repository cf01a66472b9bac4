/* isolate.h - running a library we cannot trust with damaged input in a
 * separate process.
 *
 * libpst and libytnef read through NULL pointers, print to standard
 * output or exit on some damaged files. Such work runs in a new process:
 * the running program itself (the target of /proc/self/exe) started again in child
 * mode, which a constructor in isolate.c recognizes before main() and
 * which runs one job of the table in isolate_jobs.c and exits. A fresh
 * process, not a fork: a fork of this threaded program could inherit a
 * lock another thread held (glibc's iconv lock did, in tests).
 *
 * The child gets the job's name and arguments in argv, the job's data
 * on its standard input (read whole before the job starts), /dev/null
 * as standard output and error, and sends its results back as frames (a
 * type byte and a length) on file descriptor ISOLATE_FD; the parent reads
 * them as they come, so a stream of results keeps memory bounded. A child
 * that dies, exits early or sends nothing for ISOLATE_IDLE seconds ends
 * the work; what came before is kept. */
#ifndef ESC_ISOLATE_H
#define ESC_ISOLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "util.h"

#define ISOLATE_IDLE 120		     /* seconds without a frame */
#define ISOLATE_FRAME_MAX (1024u * 1024 * 1024) /* bytes of one frame */
#define ISOLATE_DATA_MAX (512u * 1024 * 1024)	/* bytes of job data */
#define ISOLATE_FD 3		     /* the child's end of the results pipe */
#define ISOLATE_ENV "ESCALATE_ISOLATE_JOB" /* set in the child only */

/* The child's end of the pipe. */
struct isolate_out {
	int fd;
};

/* One kind of work: argv holds argc arguments after the job's name. */
struct isolate_job {
	const char *name;
	void (*run)(struct isolate_out *o, int argc, char **argv,
		    const char *data, size_t len);
};

/* The jobs a child can run (isolate_jobs.c), ending with a NULL name. */
extern const struct isolate_job isolate_jobs[];

/* The parent's view of a running child. */
struct isolate {
	pid_t pid;
	int fd;
	bool ended;   /* the job returned */
	bool stalled; /* ISOLATE_IDLE passed without a frame */
};

/* Start job 'name' with the NULL-terminated args and data[0..len) on its
 * standard input. false with *why (static text) when no child could be
 * started. */
bool isolate_start(struct isolate *iso, const char *name,
		   const char *const *args, const char *data, size_t len,
		   const char **why);
/* In the child: send one frame (type not 0). A child whose parent is
 * gone exits. */
void isolate_send(struct isolate_out *o, char type, const char *p, size_t n);
/* In the parent: the next frame into *b (NUL-terminated); its type, or
 * 0 when there are no more. */
char isolate_next(struct isolate *iso, struct buf *b);
/* Wait for the child. NULL when its job returned, else what went wrong
 * (static text: "crashed", "stopped responding", "gave up"). */
const char *isolate_finish(struct isolate *iso);

#endif /* ESC_ISOLATE_H */

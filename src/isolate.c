/* isolate.c - work in a child process, results over a pipe as frames. */
/* pipe2(): pipes that no other thread's child can inherit. */
#define _GNU_SOURCE
#include "isolate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <spawn.h>
#include <time.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define FRAME_END '\0' /* sent after the job returns; never a job's type */

static void
send_raw(int fd, char type, const char *p, size_t n)
{
	char head[5] = {type, (char)(n & 0xff), (char)((n >> 8) & 0xff),
			(char)((n >> 16) & 0xff), (char)((n >> 24) & 0xff)};

	if (n > ISOLATE_FRAME_MAX ||
	    !fd_write_all(fd, head, sizeof(head), -1) ||
	    !fd_write_all(fd, p, n, -1))
		_exit(3); /* the parent is gone */
}

void
isolate_send(struct isolate_out *o, char type, const char *p, size_t n)
{
	if (type != FRAME_END)
		send_raw(o->fd, type, p, n);
}

/* ---- the child ---- */

/* The job's data: all of standard input, at most ISOLATE_DATA_MAX. */
static char *
read_stdin(size_t *len)
{
	struct buf b = {0};
	char chunk[65536];
	ssize_t k;

	buf_append(&b, "", 0);
	while (b.len <= ISOLATE_DATA_MAX &&
	       ((k = read(STDIN_FILENO, chunk, sizeof(chunk))) > 0 ||
		(k < 0 && errno == EINTR)))
		if (k > 0)
			buf_append(&b, chunk, (size_t)k);
	*len = b.len;
	return b.s;
}

/* Before main(): in a child started by isolate_start(), run the job and
 * exit; otherwise do nothing. glibc passes argc and argv to
 * constructors. */
__attribute__((constructor)) static void
isolate_child(int argc, char **argv)
{
	struct isolate_out o = {ISOLATE_FD};
	const char *name = getenv(ISOLATE_ENV);
	size_t len = 0;
	char *data;

	if (!name || argc < 1)
		return;
	for (const struct isolate_job *j = isolate_jobs; j->name; j++) {
		if (strcmp(j->name, name) != 0)
			continue;
		data = read_stdin(&len);
		j->run(&o, argc - 1, argv + 1, data, len);
		send_raw(o.fd, FRAME_END, "", 0);
		_exit(0);
	}
	_exit(2);
}

/* ---- the parent ---- */

/* The environment of this process plus ISOLATE_ENV=name. */
static char **
child_env(const char *name)
{
	extern char **environ;
	size_t n = 0, k = 0;
	char **env;

	while (environ[n])
		n++;
	env = xcalloc(n + 2, sizeof(*env));
	for (size_t i = 0; i < n; i++)
		if (strncmp(environ[i], ISOLATE_ENV "=",
			    strlen(ISOLATE_ENV) + 1) != 0)
			env[k++] = environ[i];
	env[k] = xasprintf("%s=%s", ISOLATE_ENV, name);
	return env;
}

/* The running program's file, for exec: /proc/self/exe's target (under
 * valgrind that is the program, where exec of the link itself would
 * start valgrind's tool), else the link. */
static const char *
self_path(char out[PATH_MAX])
{
	ssize_t n = readlink("/proc/self/exe", out, PATH_MAX - 1);

	if (n <= 0)
		return "/proc/self/exe";
	out[n] = '\0';
	return out;
}

static bool
spawn(struct isolate *iso, const char *name, const char *const *args,
      int res_w, int in_r)
{
	posix_spawn_file_actions_t fa;
	char exe[PATH_MAX], **env = child_env(name), **argv;
	size_t n = 0, e = 0;
	int rc;

	while (args[n])
		n++;
	argv = xcalloc(n + 2, sizeof(*argv));
	argv[0] = (char *)"escalate-isolate";
	for (size_t i = 0; i < n; i++)
		argv[i + 1] = (char *)args[i];
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in_r, STDIN_FILENO);
	posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null",
					 O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null",
					 O_WRONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, res_w, ISOLATE_FD);
	rc = posix_spawn(&iso->pid, self_path(exe), &fa, NULL, argv, env);
	posix_spawn_file_actions_destroy(&fa);
	while (env[e + 1])
		e++;
	free(env[e]);
	free(env);
	free(argv);
	return rc == 0;
}

/* The job's data into the child's standard input. SIGPIPE is ignored
 * for the write: a child that ends early ends it with EPIPE. */
static void
feed(int fd, const char *data, size_t len)
{
	sigset_t pipe_set, old;

	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
	if (data && len)
		(void)fd_write_all(fd, data, len, -1);
	close(fd);
	{
		/* a pending SIGPIPE of this write is taken, not delivered */
		struct timespec zero = {0, 0};

		while (sigtimedwait(&pipe_set, NULL, &zero) > 0)
			;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

bool
isolate_start(struct isolate *iso, const char *name,
	      const char *const *args, const char *data, size_t len,
	      const char **why)
{
	int res[2], in[2];

	memset(iso, 0, sizeof(*iso));
	iso->fd = -1;
	*why = "cannot make a pipe";
	if (pipe2(res, O_CLOEXEC) != 0)
		return false;
	if (pipe2(in, O_CLOEXEC) != 0) {
		close(res[0]);
		close(res[1]);
		return false;
	}
	if (!spawn(iso, name, args, res[1], in[0])) {
		close(res[0]);
		close(res[1]);
		close(in[0]);
		close(in[1]);
		*why = "cannot start a process";
		return false;
	}
	close(res[1]);
	close(in[0]);
	feed(in[1], data, len);
	iso->fd = res[0];
	return true;
}

/* n bytes, waiting at most ISOLATE_IDLE seconds for each piece. */
static bool
read_all(struct isolate *iso, char *p, size_t n)
{
	while (n > 0) {
		struct pollfd pfd = {iso->fd, POLLIN, 0};
		int ready = poll(&pfd, 1, ISOLATE_IDLE * 1000);
		ssize_t k;

		if (ready < 0 && errno == EINTR)
			continue;
		if (ready == 0) {
			iso->stalled = true;
			return false;
		}
		k = read(iso->fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		p += k;
		n -= (size_t)k;
	}
	return true;
}

char
isolate_next(struct isolate *iso, struct buf *b)
{
	unsigned char head[5];
	size_t n;

	if (iso->ended || iso->stalled || iso->fd < 0 ||
	    !read_all(iso, (char *)head, sizeof(head)))
		return 0;
	n = (size_t)head[1] | (size_t)head[2] << 8 | (size_t)head[3] << 16 |
	    (size_t)head[4] << 24;
	if (n > ISOLATE_FRAME_MAX)
		return 0;
	b->len = 0;
	b->s = xgrow(b->s, &b->cap, n + 1, 1);
	if (!read_all(iso, b->s, n))
		return 0;
	b->len = n;
	b->s[n] = '\0';
	if (head[0] == FRAME_END)
		iso->ended = true;
	return (char)head[0];
}

const char *
isolate_finish(struct isolate *iso)
{
	int status = 0;

	if (iso->fd >= 0)
		close(iso->fd);
	iso->fd = -1;
	if (iso->stalled || !iso->ended)
		kill(iso->pid, SIGKILL); /* stalled, or frames it cannot send */
	while (waitpid(iso->pid, &status, 0) < 0 && errno == EINTR)
		;
	if (iso->stalled)
		return "stopped responding";
	if (iso->ended)
		return NULL;
	return WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL ? "crashed"
								  : "gave up";
}

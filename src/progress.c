/* progress.c - the progress line: atomic counters and a drawing thread. */
#include "progress.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"

#define TICK_MS 250	  /* between redraws */
#define FIRST_DRAW_MS 400 /* a batch this quick shows no line at all */
#define PHASE_MAX 160

struct progress {
	FILE *out;
	atomic_size_t files, files_done, convs;
	atomic_uint_fast64_t bytes, bytes_done;
	pthread_mutex_t lock; /* guards phase, stop */
	pthread_cond_t wake;
	char phase[PHASE_MAX];
	bool stop;
	bool drawn;
	pthread_t tid;
};

static double
mib(uint64_t n)
{
	return (double)n / (1024.0 * 1024.0);
}

void
progress_format(struct progress *p, char *out, size_t n)
{
	size_t files = atomic_load(&p->files), done = atomic_load(&p->files_done);
	uint64_t bytes = atomic_load(&p->bytes);
	uint64_t read = atomic_load(&p->bytes_done);
	size_t convs = atomic_load(&p->convs);

	pthread_mutex_lock(&p->lock);
	if (p->phase[0]) {
		snprintf(out, n, "escalate: %s", p->phase);
		pthread_mutex_unlock(&p->lock);
		return;
	}
	pthread_mutex_unlock(&p->lock);
	snprintf(out, n,
		 "escalate: %zu/%zu files, %.1f/%.1f MiB read, %zu conversations analyzed",
		 done, files, mib(read < bytes ? read : bytes), mib(bytes),
		 convs);
}

static void
draw(struct progress *p)
{
	char line[256];

	progress_format(p, line, sizeof(line));
	/* \r and "erase to the end of the line": one line, redrawn */
	fprintf(p->out, "\r\033[K%.*s", 200, line);
	fflush(p->out);
	p->drawn = true;
}

static struct timespec
after_ms(long ms)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += (ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	return ts;
}

static void *
drawer(void *arg)
{
	struct progress *p = arg;
	long wait = FIRST_DRAW_MS;

	pthread_mutex_lock(&p->lock);
	while (!p->stop) {
		struct timespec ts = after_ms(wait);

		if (pthread_cond_timedwait(&p->wake, &p->lock, &ts) ==
			    ETIMEDOUT &&
		    !p->stop) {
			pthread_mutex_unlock(&p->lock);
			draw(p);
			pthread_mutex_lock(&p->lock);
		}
		wait = TICK_MS;
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct progress *
progress_start(FILE *out)
{
	struct progress *p;

	if (!out)
		return NULL;
	p = xcalloc(1, sizeof(*p));
	p->out = out;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->wake, NULL);
	if (pthread_create(&p->tid, NULL, drawer, p) != 0) {
		pthread_cond_destroy(&p->wake);
		pthread_mutex_destroy(&p->lock);
		free(p);
		return NULL;
	}
	return p;
}

void
progress_stop(struct progress *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	p->stop = true;
	pthread_cond_signal(&p->wake);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->tid, NULL);
	if (p->drawn) {
		fputs("\r\033[K", p->out);
		fflush(p->out);
	}
	pthread_cond_destroy(&p->wake);
	pthread_mutex_destroy(&p->lock);
	free(p);
}

void
progress_phase(struct progress *p, const char *what)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	snprintf(p->phase, sizeof(p->phase), "%s", what ? what : "");
	pthread_mutex_unlock(&p->lock);
}

void
progress_total(struct progress *p, size_t files, uint64_t bytes)
{
	if (!p)
		return;
	atomic_store(&p->files, files);
	atomic_store(&p->bytes, bytes);
}

void
progress_bytes(struct progress *p, uint64_t n)
{
	if (p)
		atomic_fetch_add(&p->bytes_done, n);
}

void
progress_file_done(struct progress *p)
{
	if (p)
		atomic_fetch_add(&p->files_done, 1);
}

void
progress_conversation_done(struct progress *p)
{
	if (p)
		atomic_fetch_add(&p->convs, 1);
}

/* line_reader.c — see line_reader.h. read(2) rather than stdio: only
 * then do we know that the next read may block, the moment to flush. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/line_reader.h"

enum { LR_CHUNK = 1 << 16 };

int lr_init(line_reader_t *r, int fd, size_t max)
{
	*r = (line_reader_t){ .fd = fd, .cap = LR_CHUNK, .max = max };
	r->buf = malloc(r->cap);
	return r->buf ? 0 : -1;
}

void lr_free(line_reader_t *r)
{
	free(r->buf);
	r->buf = NULL;
}

/* Appends what one read(2) gives after buf[end], growing buf up to max
 * plus a chunk; the caller has made room. 0 at end of input. */
static ssize_t fill(line_reader_t *r)
{
	fflush(stdout);
	ssize_t got;
	do
		got = read(r->fd, r->buf + r->end, r->cap - r->end);
	while (got < 0 && errno == EINTR);
	if (got == 0)
		r->eof = true;
	if (got > 0)
		r->end += (size_t)got;
	return got;
}

/* Room for another read: unread bytes moved to the front, then the
 * buffer doubled while the pending line may still be kept. */
static int make_room(line_reader_t *r)
{
	if (r->start > 0) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->end < r->cap)
		return 0;
	if (r->cap > r->max) { /* a line too long to keep: its head goes */
		r->end = 0;
		return 0;
	}
	char *nb = realloc(r->buf, r->cap * 2);
	if (!nb) {
		errno = ENOMEM;
		return -1;
	}
	r->buf = nb;
	r->cap *= 2;
	return 0;
}

int lr_next(line_reader_t *r, const char **line, size_t *len)
{
	size_t dropped = 0; /* bytes of this line already thrown away */
	for (;;) {
		char *s = r->buf + r->start;
		char *nl = memchr(s, '\n', r->end - r->start);
		if (nl || (r->eof && r->end > r->start) || (r->eof && dropped)) {
			size_t n = nl ? (size_t)(nl - s) : r->end - r->start;
			r->start += n + (nl != NULL);
			if (n && s[n - 1] == '\r')
				n--;
			*len = dropped + n;
			*line = *len > r->max ? NULL : s;
			return 1;
		}
		if (r->eof)
			return 0;
		size_t before = r->end - r->start;
		if (make_room(r) != 0)
			return -1;
		dropped += before - (r->end - r->start);
		if (fill(r) < 0)
			return -1;
	}
}

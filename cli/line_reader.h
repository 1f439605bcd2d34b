/* line_reader.h — the lines of a --jsonl stream, one at a time, so that a
 * stream of any length prices in constant memory and each answer goes out
 * before the reader waits for more input (a checkout piping carts one by
 * one gets each result at once). */
#ifndef PROMO_LINE_READER_H
#define PROMO_LINE_READER_H
#include <stdbool.h>
#include <stddef.h>

typedef struct line_reader {
	int fd;
	char *buf;
	size_t cap, start, end; /* unread bytes are buf[start..end) */
	size_t max;             /* longer lines are skipped, not kept */
	bool eof;
} line_reader_t;

/* Reads from fd; lines of more than max bytes are not kept. -1 when out of memory. */
int lr_init(line_reader_t *r, int fd, size_t max);
void lr_free(line_reader_t *r);
/* The next line, without its "\n" or "\r\n": 1 and *line, *len set; 0 at
 * the end; -1 on a read error (errno set). A line over max bytes comes
 * back with *line NULL and *len its full length. Standard output is
 * flushed before every wait for input. */
int lr_next(line_reader_t *r, const char **line, size_t *len);

#endif

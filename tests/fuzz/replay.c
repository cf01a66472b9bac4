/* replay.c - runs a fuzz target's entry point over files, without
 * libFuzzer: how make check replays tests/fuzz/regressions/ and seeds. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "walk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char **argv)
{
	int n = 0;

	for (int i = 1; i < argc; i++) {
		size_t len;
		char *err = NULL;
		char *data = read_file(argv[i], &len, &err);

		if (!data) {
			fprintf(stderr, "replay: %s: %s\n", argv[i], err);
			free(err);
			return 1;
		}
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
		free(data);
		n++;
	}
	printf("replayed %d inputs\n", n);
	return 0;
}

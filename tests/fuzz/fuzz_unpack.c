/* fuzz_unpack.c - libFuzzer target: archives and compressed files through
 * libarchive into a temporary folder, under small limits so that a run
 * stays fast; nothing may land outside the folder. */
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tape.h"
#include "unpack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char dir[] = "/tmp/esc-fuzz-unpack-XXXXXX", *in, *dest, *err = NULL;
	struct archive_limits lim = {.max_total = 8u << 20, .max_ratio = 200,
				     .ratio_floor = 1u << 20,
				     .max_entries = 1000, .max_depth = 3};
	struct member_list ml = {0};
	struct strlist warn = {0}, paths = {0};
	FILE *f;

	if (!mkdtemp(dir))
		return 0;
	in = xasprintf("%s/input", dir);
	dest = xasprintf("%s/out", dir);
	if ((f = fopen(in, "wb")) != NULL) {
		fwrite(data, 1, size, f);
		fclose(f);
		if (mkdir(dest, 0700) == 0)
			archive_unpack("fuzz", in, dest, &lim, NULL, NULL, &ml,
				       &paths, &warn, &err);
	}
	for (size_t i = 0; i < ml.n; i++)
		if (strncmp(ml.v[i].file, dest, strlen(dest)) != 0)
			abort(); /* a member outside its folder */
	member_list_free(&ml);
	strlist_free(&warn);
	strlist_free(&paths);
	free(err);
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(in);
	free(dest);
	return 0;
}

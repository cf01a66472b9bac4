/* check_expand.c - archive signatures, export assets, --exclude globs,
 * member names made safe, own reports told apart, the progress line. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "detect.h"
#include "expand.h"
#include "progress.h"
#include "suite.h"
#include "unpack.h"

static const struct {
	const char *head;
	size_t len;
	const char *kind; /* NULL: not an archive */
} kinds[] = {
	{"\x1f\x8b\x08\x00", 4, "gzip-compressed file"},
	{"BZh91AY", 7, "bzip2-compressed file"},
	{"\xfd" "7zXZ\0\0", 7, "xz-compressed file"},
	{"\x28\xb5\x2f\xfd\x00", 5, "zstd-compressed file"},
	{"PK\x03\x04\x14\x00", 6, "zip archive"},
	{"PK\x05\x06\0\0", 6, "zip archive"},
	{"7z\xbc\xaf\x27\x1c\0", 7, "7z archive"},
	{"Rar!\x1a\x07\x00", 7, "rar archive"},
	{"070701000", 9, "cpio archive"},
	{"From me@example Fri Nov 20 10:00:00 2026\n", 41, NULL},
	{"PK is a fine name\n", 18, NULL},
	{"\x1f", 1, NULL},
	{"", 0, NULL},
};

START_TEST(test_archive_kind)
{
	const char *got = archive_kind((const unsigned char *)kinds[_i].head,
				       kinds[_i].len);

	if (kinds[_i].kind == NULL)
		ck_assert_msg(got == NULL, "row %d: %s", _i, got);
	else
		ck_assert_msg(got && strcmp(got, kinds[_i].kind) == 0,
			      "row %d: %s, want %s", _i, got ? got : "NULL",
			      kinds[_i].kind);
}
END_TEST

/* "ustar" at 257 makes a tar archive. */
START_TEST(test_archive_kind_tar)
{
	unsigned char head[512] = {0};

	memcpy(head, "chat.txt", 8);
	ck_assert_ptr_null(archive_kind(head, sizeof(head)));
	memcpy(head + 257, "ustar", 5);
	ck_assert_str_eq(archive_kind(head, sizeof(head)), "tar archive");
	ck_assert_ptr_null(archive_kind(head, 260));
}
END_TEST

static const struct {
	const char *name;
	bool asset;
} assets[] = {
	{"IMG-20261120-WA0001.jpg", true},
	{"PTT-20261120-WA0002.opus", true},
	{"STK-20261120-WA0003.webp", true},
	{"VID-20261120-WA0005.MP4", true},
	{"ChatExport_2026-11-28/css/style.css", true},
	{"ChatExport_2026-11-28/js/script.js", true},
	{"photos/photo_1@20-11-2026_10-00-00.jpg", true},
	{"Takeout/archive_browser.html", true},
	{"__MACOSX/._chat.txt", true},
	{"a/__MACOSX/b.txt", true},
	{".DS_Store", true},
	{"WhatsApp Chat with Bank.txt", false},
	{"_chat.txt", false},
	{"ChatExport_2026-11-28/messages.html", false},
	{"result.json", false},
	{"Takeout/Mail/All mail Including Spam and Trash.mbox", false},
	{"mail.mbox.gz", false},
	{"notes.jpg.txt", false},
	{"__MACOSX_notes.txt", false},
	{".jpg", false},
};

START_TEST(test_assets)
{
	ck_assert_msg(expand_is_asset(assets[_i].name) == assets[_i].asset,
		      "%s: want %d", assets[_i].name, assets[_i].asset);
}
END_TEST

START_TEST(test_excluded)
{
	struct strlist g = {0};

	strlist_push(&g, "*.bak");
	strlist_push(&g, "old");
	strlist_push(&g, "*/drafts/*");
	ck_assert(expand_excluded(&g, "a.bak", "dir/a.bak"));
	ck_assert(expand_excluded(&g, "old", "dir/old"));
	ck_assert(expand_excluded(&g, "x.txt", "dir/drafts/x.txt"));
	ck_assert(!expand_excluded(&g, "x.txt", "dir/x.txt"));
	ck_assert(!expand_excluded(&g, "older", "dir/older"));
	/* a glob without '/' is matched against the name only */
	ck_assert(!expand_excluded(&g, "a.txt", "old/a.txt"));
	strlist_free(&g);
}
END_TEST

/* Own reports: each format's first bytes; other files are not ones. */
static const struct {
	const char *text;
	bool own;
} reports[] = {
	{"source,subject,tickets,step,action,next_due,days_overdue,reason\r\nx", true},
	{"\xef\xbb\xbfsource,subject,tickets,step,action,next_due,days_overdue,reason\r\n", true},
	{"== samples/a.txt  (c1, chat-log, 6 messages)\n   tickets:  1\n", true},
	{"== x.txt  (c12, whatsapp, 6 сообщ.)\n", true},
	{"{\"id\":\"c1\",\"source\":\"a.txt\",\"format\":\"chat-log\"}\n", true},
	{"{\n  \"version\": 1,\n  \"now\": \"2026-11-28T12:00:00+03:00\",\n  \"inputs\": []\n}\n", true},
	{"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"escalate\"/>\n</head></html>\n", true},
	{"== Release notes ==\n", false},
	{"source,subject\r\n", false},
	{"{\"version\": 1, \"messages\": []}\n", false},
	{"<html><head><meta name=\"generator\" content=\"Hugo\"/></head></html>\n", false},
	{"[20.11.2026, 10:00] A: == x  (c1, y\n", false},
};

START_TEST(test_own_reports)
{
	char *why = NULL, *err = NULL;
	struct detector *d = detector_new(&err);
	enum input_format f;

	ck_assert_msg(d != NULL, "%s", err);
	f = detect_format(d, "report", reports[_i].text,
			  strlen(reports[_i].text), &why);
	ck_assert_msg((f == FMT_OWN_REPORT) == reports[_i].own,
		      "row %d: format %s", _i, format_name(f));
	free(why);
	detector_free(d);
}
END_TEST

/* Unpacking a tar written here: names with "..", "/" and "." parts land
 * inside the folder; a symlink member is not made. */
static void
tar_header(FILE *f, const char *name, char type, size_t size)
{
	unsigned char h[512] = {0};
	unsigned sum = 0;

	snprintf((char *)h, 100, "%s", name);
	snprintf((char *)h + 100, 8, "%07o", 0644);
	snprintf((char *)h + 108, 8, "%07o", 0);
	snprintf((char *)h + 116, 8, "%07o", 0);
	snprintf((char *)h + 124, 12, "%011o", (unsigned)size);
	snprintf((char *)h + 136, 12, "%011o", 0);
	memset(h + 148, ' ', 8);
	h[156] = (unsigned char)type;
	if (type == '2')
		snprintf((char *)h + 157, 100, "/etc/passwd");
	memcpy(h + 257, "ustar\0" "00", 8);
	for (size_t i = 0; i < sizeof(h); i++)
		sum += h[i];
	snprintf((char *)h + 148, 8, "%06o", sum);
	h[155] = ' ';
	fwrite(h, 1, sizeof(h), f);
}

static void
tar_file(FILE *f, const char *name, const char *text)
{
	static const char zero[512];
	size_t n = strlen(text);

	tar_header(f, name, '0', n);
	fwrite(text, 1, n, f);
	fwrite(zero, 1, (512 - n % 512) % 512, f);
}

START_TEST(test_unpack_names)
{
	char dir[] = "/tmp/esc-unpack-XXXXXX", *tar, *dest, *err = NULL, *cmd;
	static const char zero[1024];
	struct member_list ml = {0};
	struct strlist warn = {0}, wpaths = {0};
	struct archive_limits lim;
	struct stat st;
	FILE *f;
	long n;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	tar = xasprintf("%s/t.tar", dir);
	dest = xasprintf("%s/out", dir);
	ck_assert_int_eq(mkdir(dest, 0700), 0);
	f = fopen(tar, "wb");
	tar_file(f, "../../escape.txt", "a\n");
	tar_file(f, "/abs/b.txt", "b\n");
	tar_file(f, "./c/./d.txt", "d\n");
	tar_header(f, "link.txt", '2', 0);
	tar_file(f, "IMG-1.jpg", "jpeg\n");
	fwrite(zero, 1, sizeof(zero), f);
	fclose(f);
	archive_limits_default(&lim);
	n = archive_unpack("t.tar", tar, dest, &lim, NULL, NULL, &ml, &wpaths,
			   &warn, &err);
	ck_assert_msg(n == 4, "%ld members, %s", n, err ? err : "");
	ck_assert_str_eq(ml.v[0].path, "t.tar//escape.txt");
	ck_assert_str_eq(ml.v[1].path, "t.tar//abs/b.txt");
	ck_assert_str_eq(ml.v[2].path, "t.tar//c/d.txt");
	ck_assert_str_eq(ml.v[3].path, "t.tar//IMG-1.jpg");
	for (long i = 0; i < n; i++)
		ck_assert_msg(strncmp(ml.v[i].file, dest, strlen(dest)) == 0,
			      "%s outside %s", ml.v[i].file, dest);
	ck_assert_int_ne(stat(dest, &st), -1);
	cmd = xasprintf("%s/link.txt", dest);
	ck_assert_int_eq(lstat(cmd, &st), -1);
	free(cmd);
	cmd = xasprintf("%s/../escape.txt", dest);
	ck_assert_int_eq(stat(cmd, &st), -1);
	free(cmd);
	member_list_free(&ml);
	strlist_free(&warn);
	strlist_free(&wpaths);
	free(err);
	cmd = xasprintf("rm -rf '%s'", dir);
	(void)!system(cmd);
	free(cmd);
	free(tar);
	free(dest);
}
END_TEST

START_TEST(test_progress_line)
{
	char line[256];
	FILE *sink = fopen("/dev/null", "w");
	struct progress *p = progress_start(sink);

	ck_assert_ptr_nonnull(p);
	progress_total(p, 4, 3u << 20);
	progress_bytes(p, 1u << 20);
	progress_file_done(p);
	progress_conversation_done(p);
	progress_conversation_done(p);
	progress_format(p, line, sizeof(line));
	ck_assert_str_eq(line, "escalate: 1/4 files, 1.0/3.0 MiB read, 2 conversations analyzed");
	progress_phase(p, "unpacking x.zip");
	progress_format(p, line, sizeof(line));
	ck_assert_str_eq(line, "escalate: unpacking x.zip");
	progress_phase(p, NULL);
	progress_format(p, line, sizeof(line));
	ck_assert(strncmp(line, "escalate: 1/4 files", 19) == 0);
	progress_stop(p);
	/* NULL: nothing happens */
	progress_bytes(NULL, 1);
	progress_stop(NULL);
	fclose(sink);
}
END_TEST

UNIT_SUITE(expand,
	UNIT_ROWS(test_archive_kind, kinds),
	UNIT_TEST(test_archive_kind_tar),
	UNIT_ROWS(test_assets, assets),
	UNIT_TEST(test_excluded),
	UNIT_ROWS(test_own_reports, reports),
	UNIT_TEST(test_unpack_names),
	UNIT_TEST(test_progress_line))

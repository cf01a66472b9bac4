/* overlap.c - content words a reply shares with the customer (overlap.h). */
#include "overlap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fold.h"
#include "util.h"

/* A stem: at most OVERLAP_STEM code points of folded UTF-8. */
#define STEM_BYTES (OVERLAP_STEM * 4 + 1)

struct overlap {
	char (*stems)[STEM_BYTES];
	size_t n, cap;
};

/* Stems of the words every support exchange uses: sharing them with the
 * customer addresses nothing in particular. */
static const char *const generic_stems[] = {
    "thank", "pleas", "hello", "order", "reque", "issue", "probl", "accou",
    "suppo", "custo", "servi", "quest", "messa", "email", "ticke", "conta",
    "infor", "updat", "would", "could", "shoul", "there", "their", "about",
    "which", "these", "those", "today", "still", "again", "alrea", "since",
    "after", "befor", "being", "where", "while", "other", "regar", "sorry",
    "apolo", "incon", "becau", "think", "reall", "every", "nothi", "somet",
    "anyth", "have", "with", "that", "this", "your", "from", "will", "what",
    "when", "been", "were", "they", "them", "just", "like", "know", "need",
    "help", "time", "also", "here", "dear", "team", "case", "soon", "week",
    "days", "hour", "look", "into", "back", "more", "some", "very", "much",
    "здрав", "спаси", "пожал", "заказ", "обращ", "вопро", "пробл", "заявк",
    "подде", "сообщ", "клиен", "услуг", "помощ", "добры", "уважа", "можно",
    "может", "этого", "котор", "очень", "также", "когда", "чтобы", "тольк",
    "сейча", "нужно", "будет", "сегод", "завтр", "вчера", "номер", "ответ",
    "прошу", "почем", "здесь", "через", "после", "снова", "опять", "уже",
    "меня", "мне", "было", "была", "были", "есть", "если", "этот", "эта",
    "вас", "ваш", "ваша", "ваше", "ваши", "вам", "нас", "наш", "день",
    "дней", "неде", "часа", "часо", "извин", "срочн", "пока",
    "want", "make", "sure", "able", "okay", "right", "good", "great", "fine",
    "well", "hope", "going", "done", "said", "told", "last", "first", "next",
    "хочу", "хотел", "могу", "можете", "надо", "прост", "сдела", "сказа",
    "пишу", "писал", "жду", "ждать", "никак", "ничег", "всего", "всё",
};

static bool
generic(const char *stem)
{
	for (size_t i = 0; i < sizeof(generic_stems) / sizeof(generic_stems[0]);
	     i++)
		if (strcmp(stem, generic_stems[i]) == 0)
			return true;
	return false;
}

static bool
letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= 0x0400 && cp <= 0x04ff) || (cp >= 0xc0 && cp <= 0x24f);
}

/* The next word of text[*i..b): its stem in out (folded, cut), true when
 * it is long enough to count. Moves *i past the word. Generic stems are
 * never in the customer's set, so a reply's word needs no such test. */
static bool
next_word(const char *text, size_t *i, size_t b, char out[STEM_BYTES],
	  bool *found)
{
	const unsigned char *u = (const unsigned char *)text, *end = u + b;
	size_t chars = 0, ol = 0;
	uint32_t cp;
	size_t k;

	*found = false;
	while (*i < b) {
		k = utf8_decode(u + *i, end, &cp);
		if (k == 0) {
			(*i)++;
			continue;
		}
		if (letter(cp))
			break;
		*i += k;
	}
	while (*i < b && (k = utf8_decode(u + *i, end, &cp)) > 0 && letter(cp)) {
		if (chars < OVERLAP_STEM)
			ol += fold_encode(fold_cp(cp), (unsigned char *)out + ol);
		chars++;
		*i += k;
	}
	out[ol] = '\0';
	*found = chars > 0;
	return chars >= OVERLAP_MIN_WORD;
}

static int
cmp_stem(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

/* The customer's stems are sorted once and looked up by bisection. */
static bool
has_stem(const struct overlap *o, const char *stem)
{
	return o->n > 0 &&
	       bsearch(stem, o->stems, o->n, sizeof(*o->stems), cmp_stem) != NULL;
}

/* Every content stem of text, generic words left out (duplicates are
 * dropped once the set is sorted). */
static void
add_text(struct overlap *o, const char *text)
{
	char stem[STEM_BYTES];
	size_t i = 0, len = strlen(text);
	bool found = true;

	while (found) {
		if (!next_word(text, &i, len, stem, &found) || generic(stem))
			continue;
		o->stems = xgrow(o->stems, &o->cap, o->n + 1, sizeof(*o->stems));
		memcpy(o->stems[o->n++], stem, STEM_BYTES);
	}
}

static void
sort_unique(struct overlap *o)
{
	size_t k = 0;

	if (o->n == 0)
		return;
	qsort(o->stems, o->n, sizeof(*o->stems), cmp_stem);
	for (size_t i = 1; i < o->n; i++)
		if (strcmp(o->stems[i], o->stems[k]) != 0)
			memcpy(o->stems[++k], o->stems[i], STEM_BYTES);
	o->n = k + 1;
}

struct overlap *
overlap_new(const struct conversation *c, size_t index)
{
	struct overlap *o = xcalloc(1, sizeof(*o));

	for (size_t m = 0; m < c->n_msgs && c->msgs[m].index < index; m++)
		if (c->msgs[m].role == ROLE_CUSTOMER && c->msgs[m].text)
			add_text(o, c->msgs[m].text);
	sort_unique(o);
	return o;
}

void
overlap_free(struct overlap *o)
{
	if (o == NULL)
		return;
	free(o->stems);
	free(o);
}

bool
overlap_shares(const struct overlap *o, const char *text, size_t a, size_t b)
{
	char stem[STEM_BYTES];
	size_t i = a;
	bool found = true;

	while (found)
		if (next_word(text, &i, b, stem, &found) && has_stem(o, stem))
			return true;
	return false;
}

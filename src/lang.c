/* lang.c - the language a conversation is written in. */
#include "lang.h"

#include <stddef.h>

static void
count_scripts(const char *s, size_t *cyr, size_t *lat)
{
	const unsigned char *u = (const unsigned char *)s;

	for (size_t i = 0; s && u[i]; i++) {
		if ((u[i] >= 'a' && u[i] <= 'z') || (u[i] >= 'A' && u[i] <= 'Z'))
			(*lat)++;
		else if ((u[i] == 0xd0 || u[i] == 0xd1) && u[i + 1] >= 0x80 &&
			 u[i + 1] <= 0xbf)
			(*cyr)++;
	}
}

const char *
conversation_lang(const struct conversation *c)
{
	size_t cyr = 0, lat = 0;

	for (size_t i = 0; c && i < c->n_msgs; i++)
		if (c->msgs[i].role == ROLE_CUSTOMER)
			count_scripts(c->msgs[i].text, &cyr, &lat);
	for (size_t i = 0; c && cyr + lat == 0 && i < c->n_msgs; i++)
		if (c->msgs[i].role != ROLE_SYSTEM)
			count_scripts(c->msgs[i].text, &cyr, &lat);
	return cyr > lat ? "ru" : "en";
}

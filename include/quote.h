/* quote.h - splitting a mail body into the reply and its quoted history
 * and signature (English and Russian clients). */
#ifndef ESC_QUOTE_H
#define ESC_QUOTE_H

/* Split UTF-8 text with '\n' line ends. *text gets the analyzed reply
 * (trimmed, never NULL); *quoted the removed history and signature, or
 * NULL when nothing was removed. Both newly allocated.
 *
 * Conservative: text after the first quote header ("On ... wrote:",
 * "... пишет:", "-----Original Message-----", an Outlook
 * From:/Sent:/To:/Subject: or От:/Отправлено:/Кому:/Тема: block,
 * "-------- Исходное сообщение --------", forwarded-message rules) is
 * history; when such a header is followed by '>' lines only the '>'
 * lines go (inline replies stay); '>' lines go anywhere; a signature
 * after a "-- " line near the end goes. */
void quote_split(const char *body, char **text, char **quoted);

#endif /* ESC_QUOTE_H */

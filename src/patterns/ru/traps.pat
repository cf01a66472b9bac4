# ru/traps.pat - built-in Russian patterns of escalate: traps (not-promise) that cancel a promise, refusal or resolution hit.
#
# Format: docs/patterns.md. Every pattern carries "ok" examples that must
# match and "no" examples (traps) that must not; the unit tests run them
# all. Patterns are caseless unless "flags -". Use [0-9], not \d.

lang ru

# ------------------------------------------------------------------
# Traps: phrases that look like promises, refusals or resolutions but are
# not. meta cancels= names the type a hit cancels in the same sentence.

pattern ru.not-promise.esli-ne
type not-promise
meta cancels=deadline
regex (?<![а-яё])если\s+(?:мы\s+|вы\s+)?(?:не\s+)?(?:ответим|свяжемся|перезвоним|получите|не\s+получите|ответите|свяжетесь)(?![а-яё])
regex |(?<![а-яё])если\s+(?:в\s+течение|до|через)\s
ok если мы не ответим в течение 3 дней, позвоните
ok если вы не получите ответ в течение недели
ok Если в течение 5 дней ответа не будет, пишите
no мы ответим в течение 3 дней
no ответим, если нужно

pattern ru.not-promise.customer-deadline
type not-promise
meta cancels=deadline
regex (?<![а-яё])(?:обращение|заявка|тикет)\s+будет\s+(?:автоматически\s+)?закрыт[оа]?
regex |(?<![а-яё])у\s+вас\s+есть\s+(?:ещё\s+|еще\s+)?(?:[0-9]+|[а-яё]+)\s+(?:дн|день|недел|месяц|час|сут)
regex |(?<![а-яё])(?:я|мы\s+с\s+женой)\s+(?:буду|будем)\s+(?:в\s+отпуске|в\s+отъезде|недоступ[а-яё]+)
regex |(?<![а-яё])я\s+(?:сам\s+|сама\s+)?(?:позвоню|перезвоню|напишу|зайду|приеду|свяжусь|отвечу)(?![а-яё])
ok обращение будет закрыто через 7 дней
ok у вас есть 14 дней на возврат
ok я буду в отпуске до пятницы
ok я сам перезвоню завтра
no мы перезвоним завтра
no обращение закрыто

pattern ru.not-promise.no-my
type not-promise
meta cancels=refusal
regex (?<![а-яё])к\s+сожалению,?[^.!?\n]{0,100}?,?\s+но\s+(?:мы\s+)?(?:уже\s+)?
regex (?:вернули|исправили|решили|компенсировали|оформили|устранили|восстановили|можем|готовы|предлагаем|сделали)(?![а-яё])
ok к сожалению, курьер опоздал, но мы вернули стоимость доставки
ok К сожалению, мы не можем ускорить доставку, но можем оформить возврат
no к сожалению, мы не можем вернуть деньги
no но мы вернули деньги

pattern ru.not-promise.unresolved
type not-promise
meta cancels=resolution
regex (?<![а-яё])(?:как\s+только|после\s+того,?\s+как|когда|если)\s+(?:ваша\s+|эта\s+)?(?:проблема|неполадка|ошибка|вопрос|сбой|деньги|средства)
regex \s+(?:будет\s+|будут\s+)?(?:решена|решён|решен|устранена|исправлена|возвращены|зачислены)(?![а-яё])
ok как только проблема будет решена, мы сообщим
ok если ошибка исправлена, закройте заявку
ok когда деньги будут возвращены, придёт СМС
no проблема решена
no деньги возвращены

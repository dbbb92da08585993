### Собственные надписи окна, на русском языке. У всех остальных языков в strings/ те же идентификаторы.

## Меню и команды

menu-file = Файл
menu-edit = Правка
menu-go = Переход
menu-view = Вид
menu-language = Язык
command-open-workspace-tooltip = Открыть другое рабочее пространство: папку с заявлениями, языками и проверками
command-save-tooltip = Записать все изменённые файлы (заявления, переводы, проверки)
command-export-tooltip = Записать утверждённые языки показанного заявления как текст и веб-страницы
command-overview-tooltip = Все заявления и языки и то, насколько переведено каждое
command-quit-tooltip = Закрыть Chorus, сначала спросив о несохранённых изменениях
command-undo-tooltip = Отменить последнее изменение (ввод в одном поле — один шаг)
command-redo-tooltip = Вернуть отменённое изменение
command-copy-from-reference-tooltip = Заполнить сообщение текстом образца в формах множественного числа этого языка
command-find-tooltip = Искать текст в идентификаторах, образце и переводе
command-next-message-tooltip = Перейти к следующему сообщению
command-previous-message-tooltip = Перейти к предыдущему сообщению
command-next-missing-tooltip = Перейти к следующему непереведённому сообщению
command-confirm-and-next-tooltip = Подтвердить это сообщение (при проверке — одобрить) и перейти к следующему
command-toggle-preview-tooltip = Показать или скрыть заявление таким, каким его увидят читатели
command-help-tooltip = Все сочетания клавиш
command-save = Сохранить все
command-undo = Отменить
command-redo = Повторить
command-overview = Вернуться к обзору
command-next-message = Следующее сообщение
command-previous-message = Предыдущее сообщение
command-next-missing = Следующее непереведённое сообщение
command-confirm-and-next = Подтвердить и перейти к следующему сообщению
command-copy-from-reference = Скопировать из эталона
command-find = Найти
command-toggle-preview = Показать или скрыть предпросмотр
command-help = Сочетания клавиш
command-quit = Выйти
help-title = Сочетания клавиш

## Обзор

no-statements = В этой рабочей области пока нет заявлений.
column-locale = Язык
add-locale = Добавить язык…
new-statement = Новое заявление по шаблону…
adapt-statement-hint = Изменить переменные, разделы и подписи, с предпросмотром
cell-not-translated = не входит
cell-source = исходный
cell-missing = перевести: { $count }
cell-errors = найдено ошибок: { $count }
cell-description = { $statement }, { $locale }: переведено { $translated } из { $messages }, ещё перевести { $missing }, устаревших { $obsolete }, ошибок, найденных проверками: { $errors }, предупреждений: { $warnings }
add-locale-title = Добавить язык
add-locale-tag = Тег языка (BCP 47)
add-locale-hint = Например: de, pt-BR, sr-Latn или zh-TW.
add-locale-spelling = Пишется так: { $canonical }.
add-locale-use = Взять { $tag }
add-locale-invalid = «{ $tag }» — не тег языка BCP 47.
add-locale-unknown = Chorus не знает названия этого языка: проверьте тег.
add-locale-rtl = Пишется справа налево.
add-locale-statements = Перевести на него заявления:
add-locale-has = { $title } (уже есть)
add-locale-add = Добавить
new-statement-title = Новое заявление по шаблону
new-statement-template = Шаблон
new-statement-name = Заголовок
new-statement-id = Идентификатор (имя файла)
new-statement-no-title = У заявления должен быть заголовок.
new-statement-bad-id = В идентификаторе допустимы только a–z, 0–9 и «-».
new-statement-exists = Заявление «{ $id }» уже есть.
new-statement-explain = Копирует переменные, разделы, подписи шаблона и все его переводы. Новые файлы сохраняются сразу.
new-statement-create = Создать
notice-locale-added = Язык { $locale } добавлен в заявления ({ $statements }). Сохраните, чтобы не потерять.
problems-heading = Проблемы ({ $count })

## Режим перевода

back-to-overview = ← Обзор
reference-locale = Эталон
filter-show = Показать
filter-all = Все
filter-missing = Без перевода
filter-errors = С ошибками
filter-changed = Изменённые после сохранения
search = Поиск
search-hint = идентификаторы, эталон, перевод
no-messages = Нет подходящих сообщений.
no-reference = (нет в эталонном языке)
badge-missing = нет перевода
badge-changed = изменено
badge-error = не сохранено: см. ниже
raw-toggle = FTL
raw-source = Исходный код Fluent
plural-examples = напр. { $examples }
word-affiliation = организация подписавшего
word-country = страна подписавшего
word-publisher = издатель
word-hint = Организаторы пишут это в окне «Адаптировать». Пока нет перевода, страница показывает текст так, как они его написали. Утверждение перевода его не охватывает: как и список подписавших, это их часть.

## Предпросмотр

preview-heading = Предпросмотр
preview-missing-hint = Ещё не переведено: показано на исходном языке.
preview-source-name-hint = Имя здесь ещё не переведено и показано как в исходном тексте (подчёркнуто). Сначала переведите имена (термины).

## Сохранение и закрытие

notice-nothing-to-save = Нечего сохранять.
status-saving = Сохранение: { $done } из { $total }…
notice-save-stopped = Сохранение неожиданно прервалось; изменения по-прежнему не сохранены. Попробуйте Ctrl+S ещё раз.
notice-save-failed =
    { $others ->
        [0] Не сохранено: { $error }
       *[other] Не сохранено: { $error } (и ещё файлов: { $others })
    }
notice-saved =
    { $files ->
        [one] Сохранён { $files } файл.
        [few] Сохранено { $files } файла.
        [many] Сохранено { $files } файлов.
       *[other] Сохранено { $files } файла.
    }
status-unsaved =
    { $files ->
        [one] { $files } файл не сохранён
        [few] { $files } файла не сохранены
        [many] { $files } файлов не сохранено
       *[other] { $files } файла не сохранено
    }
close-title = Несохранённые изменения
close-question =
    { $files ->
        [one] В { $files } файле есть несохранённые изменения. Сохранить перед закрытием?
        [few] В { $files } файлах есть несохранённые изменения. Сохранить перед закрытием?
        [many] В { $files } файлах есть несохранённые изменения. Сохранить перед закрытием?
       *[other] В { $files } файла есть несохранённые изменения. Сохранить перед закрытием?
    }
close-save = Сохранить и закрыть
close-discard = Закрыть без сохранения
close-cancel = Отмена
title-overview = Обзор
title-translate = Перевод: { $title } · { $locale }
close-more-files = и ещё { $count }

## Режим адаптации

adapt-statement = Адаптировать…
adapt-title = Адаптация: { $title }
adapt-locale = Язык
translate-this = Перевести на этот язык
adapt-variables = Переменные
adapt-lapses = { $count ->
    [one] Изменение переменной или раздела отменит утверждение: { $languages }.
    [few] Изменение переменной или раздела отменит утверждения: { $languages }.
   *[other] Изменение переменной или раздела отменит утверждения: { $languages }.
}
adapt-no-lapse = Подписавшие и сведения о публикации — дело организаторов: их изменение не отменяет ни одного утверждения.
adapt-sections = Разделы
adapt-always-shown = показывается всегда
adapt-signatories = Подписавшие
signatory-name = Имя
signatory-affiliation = Организация
signatory-country = Страна
signatory-personal = В личном качестве
signatory-up = Переместить вверх
signatory-down = Переместить вниз
signatory-remove = Удалить
signatory-add = Добавить подписавшего
adapt-details = Публикация
detail-publisher = Издатель
detail-contact = Контакт
detail-date = Дата (YYYY-MM-DD)
adapt-terms = Имена на языке { $locale }
adapt-terms-hint = Термины: люди, места и обвинения — в тех формах, которых требует грамматика языка.
invalid-number = Неверное число: введите цифры, дробную часть отделяйте точкой.

## Открытие рабочей области, настройки

command-open-workspace = Открыть рабочую область…
open-title = Открытие рабочей области
open-path = Папка
open-button = Открыть
open-browse = Выбрать…
open-recent = Недавние рабочие области
open-no-dialog = Папка не выбрана, или в этой графической среде нет диалога выбора папки: введите путь вручную.
loading = Загрузка { $path }…
overview-counting = Подсчёт и проверка…
loading-read = Прочитано файлов: { $files }, { $megabytes } МБ
loading-cancel = Отмена
notice-loading-cancelled = Загрузка { $path } остановлена.
load-failed = Не удалось открыть { $path }: { $reason }
switch-title = Несохранённые изменения
switch-question = Сохранить изменения в этой рабочей области, прежде чем открыть другую?
switch-save = Сохранить и открыть
switch-discard = Открыть без сохранения
menu-theme = Тема
theme-system = Как в системе
theme-light = Светлая
theme-dark = Тёмная
menu-text-size = Размер текста
text-smaller = Мельче
text-larger = Крупнее
text-reset = Размер по умолчанию

## Восстановление несохранённых изменений

recovery-title = Найдены несохранённые изменения
recovery-question =
    { $files ->
        [one] Chorus завершил работу до того, как был сохранён { $files } изменённый файл. Восстановить изменения?
        [few] Chorus завершил работу до того, как были сохранены { $files } изменённых файла. Восстановить изменения?
        [many] Chorus завершил работу до того, как было сохранено { $files } изменённых файлов. Восстановить изменения?
       *[other] Chorus завершил работу до того, как было сохранено { $files } изменённого файла. Восстановить изменения?
    }
recovery-restore = Восстановить
recovery-discard = Отбросить их
notice-restored =
    { $files ->
        [one] Восстановлены изменения в { $files } файле; они ещё не сохранены.
        [few] Восстановлены изменения в { $files } файлах; они ещё не сохранены.
        [many] Восстановлены изменения в { $files } файлах; они ещё не сохранены.
       *[other] Восстановлены изменения в { $files } файла; они ещё не сохранены.
    }

## Проверки (коды `chorus check`, показываются под полями и на панели замечаний)

check-syntax-error = Fluent не может это прочитать: { $detail }
check-missing-message = Ещё не переведено
check-obsolete-message = Нет в исходнике: это сообщение больше не используется
check-missing-file = Файла нет
check-obsolete-file = В исходнике нет такого файла
check-duplicate-id = Определено повторно: действует только первое определение
check-missing-value = В исходнике есть значение, здесь его нет
check-obsolete-value = Здесь есть значение, в исходнике его нет
check-missing-attribute = Нет атрибута .{ $name }
check-obsolete-attribute = Атрибута .{ $name } нет в исходнике
check-duplicate-attribute = Атрибут .{ $name } определён повторно
check-duplicate-variant = Вариант [{ $name }] определён повторно
check-missing-message-reference = Исходник ссылается на сообщение { $name }, перевод — нет
check-obsolete-message-reference = Ссылка на сообщение { $name }, которой нет в исходнике
check-missing-term-reference = Исходник использует { $name } (здесь реже или совсем нет)
check-obsolete-term-reference = Используется { $name }, которого нет в исходнике
check-missing-plural-category = Не хватает форм множественного числа для { $locale }: { $categories }
check-replacement-character = U+FFFD (символ замены): при преобразовании потерян символ
check-unknown-variable = ${ $name } — не переменная исходника: на её месте будет ошибка
check-missing-variable = ${ $name } из исходника не используется
check-number-mismatch = Числа расходятся: в исходнике { $expected }, здесь { $found }
check-url-mismatch = Ссылки расходятся: в исходнике { $expected }, здесь { $found }
check-email-mismatch = Адреса расходятся: в исходнике { $expected }, здесь { $found }
check-bidi-control =
    { $problem ->
        [override] { $character } показывает текст не в том порядке, в котором он записан
        [unbalanced] { $character } не закрыт или не открыт
       *[other] { $character } ничего не делает в тексте без букв, пишущихся справа налево
    }
check-control-character = { $character }: невидимый управляющий символ; он может скрыть текст от рецензента или подать команду терминалу
check-empty-translation = Перевод пуст
check-unchanged-translation = Совпадает с исходником: ещё не переведено?
check-length-ratio = Длина — { $ratio } от исходника (обычно { $usual })
check-more = (и ещё { $more } таких же в этом сообщении)
check-none = нет
findings-heading = Проверки
findings-summary = ошибок: { $errors }, предупреждений: { $warnings }
findings-none = Замечаний нет: проверки довольны этим переводом.
findings-missing = { $count ->
    [one] ещё { $count } сообщение перевести
    [few] ещё { $count } сообщения перевести
   *[other] ещё { $count } сообщений перевести
}
findings-missing-hint = Показать только ещё не переведённые сообщения
findings-words = { $count ->
    [one] ещё { $count } слово вокруг текста перевести
    [few] ещё { $count } слова вокруг текста перевести
   *[other] ещё { $count } слов вокруг текста перевести
}
findings-names-first = { $count ->
    [one] Сначала переведите имя: { $names }
   *[other] Сначала переведите имена: { $names }
}
findings-none-so-far = В том, что уже переведено, нет ни ошибок, ни предупреждений.
severity-error = Ошибка
severity-warning = Предупреждение

## Review and sign-off

review-open = Проверка…
review-open-hint = Одобрить или отклонить каждый перевод, увидеть изменения и утвердить версию
review-title = Проверка: { $title } · { $locale }
review-translate = Переводить
review-count-reviewed = проверено { $count } из { $messages }
review-count-waiting = ждут проверки: { $count }
review-count-outdated = устарели: { $count }
review-count-rejected = отклонены: { $count }
review-count-missing = нет перевода: { $count }
review-list-needing = Ждут проверки
review-list-all = Все сообщения
review-nothing-left = Проверять нечего.
state-missing = нет перевода
state-outdated = устарел
state-rejected = отклонён
state-translated = ждёт проверки
state-reviewed = проверен
review-rejected-by = Отклонил(а) { $name }, { $time }: { $comment }
review-approved-by = Последним одобрил(а) { $name }, { $time }
review-reference = Оригинал ({ $locale })
review-reference-changed = Изменилось после перевода или проверки: зачёркнутое удалено, подчёркнутое добавлено.
review-reference-gone = В оригинале больше нет этого сообщения.
review-translation = Перевод ({ $locale })
review-translation-changed = Изменилось после последней проверки: зачёркнутое удалено, подчёркнутое добавлено.
review-source-text = Текст ({ $locale }): вычитайте его так, как его увидят читатели
review-source-changed = Изменено после последнего одобрения: зачёркнутые слова удалены, подчёркнутые добавлены.
review-approve-all = Одобрить весь текст
review-approve-all-hint = Одобрить все сообщения, которым это нужно, одним шагом (Ctrl+Z отменяет)
review-approve = Одобрить
review-approve-hint = Ctrl+Enter: одобрить и перейти к следующему сообщению, ждущему проверки
review-edit = Править перевод
review-reject = Отклонить…
review-reject-comment = Что переводчику нужно исправить?
review-reject-hint = Переводчик увидит это под сообщением.
review-reject-confirm = Отклонить
review-previous = Назад
review-next = Дальше
reviewer-unknown = не указан
reviewer-is = Проверяющий: { $name }
reviewer-change = Изменить имя, которое записывается при проверке
reviewer-ask-title = Кто проверяет?
reviewer-ask-explain = Ваше имя записывается при каждом одобрении, отклонении и утверждении и запоминается.
reviewer-name = Ваше имя
reviewer-save = Сохранить
signoff-button = Утвердить…
signoff-refused =
    { $count ->
        [one] Утвердить мешает { $count } причина:
        [few] Утвердить мешают { $count } причины:
       *[other] Утвердить мешают { $count } причин:
    }
signoff-current = Утвердил(а) { $name }, { $time }
signoff-lapsed = Утверждение ({ $name }) потеряло силу: изменилось то, что оно охватывает
signoff-none = Не утверждено
signoff-title = Утвердить версию: { $locale }
signoff-covers = Утверждение охватывает следующее и теряет силу при любом изменении:
signoff-covers-messages = сообщения и термины ({ $count }), все проверены, и текст оригинала ({ $reference }), с которым их сверяли
signoff-covers-variables = Переменные: { $list }
signoff-covers-sections = Показанные разделы: { $list }
signoff-not-covered = Не входят: подписавшие ({ $count }) и сведения о публикации (издатель, контакт, дата). Это дело организаторов: новое имя не отменяет ни одного утверждения.
signoff-digest = SHA-256 { $digest }
signoff-note = Примечание (необязательно)
signoff-confirm = Утвердить от имени { $name }
notice-signed-off = Утверждено. Сохраните, чтобы утверждение записалось.
filter-outdated = Устаревшие
filter-rejected = Отклонённые
cell-signed-off = утверждено
cell-signoff-lapsed = утверждение потеряло силу
cell-signoff-none = не утверждено
cell-outdated = устарели: { $count }
cell-review-description = проверено: { $reviewed }, устарели: { $outdated }, утверждение: { $signoff }

## Export
command-export = Экспорт…
export-statement = Экспорт…
export-statement-hint = Записать утверждённые языки в виде текста и веб-страниц
export-title = Экспорт «{ $title }»
export-locales = Языки
export-select-all = Выбрать все
export-open-folder = Открыть папку
export-drafts = Включить неутверждённые языки с пометкой «DRAFT — not signed off»
export-format = Формат:
export-format-both = Текст и HTML
export-format-text = Простой текст
export-format-html = HTML
export-folder = Папка
export-force = Заменять уже существующие файлы
export-run = Экспортировать
export-progress = Шаг { $done } из { $total }
export-cancel = Остановить
export-cancelled = Остановлено: записаны перечисленные файлы, и только они.
export-close = Закрыть
export-nothing = Выберите хотя бы один язык
export-no-folder = Введите папку или выберите её кнопкой «Выбрать…»
export-done = Записано файлов: { $count } в { $folder }:
export-exists = { $path } уже существует и сохранён (отметьте «Заменять уже существующие файлы», чтобы заменить)
export-broken = { $locale } не экспортирован: { $problems }
export-incomplete = { $locale } экспортирован как черновик, и в нём чего-то не хватает: { $problems }
export-not-signed = { $locale } не экспортирован: не утверждён

## Файлы, изменённые на диске другой программой

outside-title = Изменено на диске
outside-count = Файл { $n } из { $total }
outside-changed = Другая программа изменила { $path }.
outside-deleted = Другая программа удалила { $path }.
outside-deleted-hint = Оставьте свою версию, чтобы записать её снова при сохранении.
outside-mine = В этом файле есть несохранённые изменения.
outside-message-changed = изменено на диске
outside-message-added = добавлено на диске
outside-message-removed = удалено на диске
outside-message-conflict = изменено и здесь, по-другому
outside-no-message-changed = На диске не изменилось ни одно сообщение, только комментарии или пробелы.
outside-mine-only = Изменены только здесь: { $ids }
outside-reload = Загрузить с диска
outside-reload-hint = Взять версию с диска; несохранённые изменения этого файла будут отброшены
outside-keep = Оставить мою
outside-keep-hint = Версия с диска сохраняется рядом с файлом, как { $path }; ваша будет записана при сохранении
outside-merge = Объединить
outside-merge-hint = Взять сообщения, изменённые на диске, и оставить изменённые вами
outside-merge-refused = «{ $id }» изменено с обеих сторон: загрузите с диска или оставьте свою версию.
outside-merge-comments = Здесь изменены комментарии вне сообщений: загрузите с диска или оставьте свою версию.
outside-merge-not-fluent = Объединять по сообщениям можно только файлы сообщений: загрузите с диска или оставьте свою версию.
outside-later = Решить позже
outside-later-hint = Пока вы не выберете, этот файл не сохраняется
notice-reloaded = { $files ->
    [one] Загружен заново { $files } файл, изменённый на диске
    [few] Загружены заново { $files } файла, изменённые на диске
   *[many] Загружены заново { $files } файлов, изменённых на диске
 }: { $paths }
notice-merged = { $path } объединён с версией с диска; сохраните, чтобы записать.
notice-kept = Ваша версия оставлена; версия с диска теперь в { $path }. Сохраните, чтобы записать вашу.
notice-kept-deleted = Ваша версия оставлена; { $path } будет записан снова при сохранении.

## Что объясняет ядро (src/base/explain.rs): ошибки и проблемы, сформулированные здесь по их идентификатору.
## $reason — причина, уже сформулированная на этом языке.

error-id-invalid = «{ $id }» — недопустимый идентификатор: используйте строчные буквы a–z, цифры и «-»
error-locale-invalid = «{ $tag }» — не код языка (например, en, pt-BR, zh-CN)
error-locale-spelling = Язык «{ $tag }» пишется «{ $canonical }»
error-syntax = { $detail } (строка { $line }, столбец { $column }); текст сохранён как есть
error-syntax-too-deep = Вложенность глубже { $depth } уровней (строка { $line }, столбец { $column }); текст сохранён как есть
error-git-missing = git не установлен (или его нет в PATH): он нужен для совместной работы, всё остальное работает и без него
error-git-failed = git { $command }: { $detail }
error-sync-no-repository = { $dir } ещё не в git-репозитории: клонируйте репозиторий команды или выполните там git init
error-sync-detached = HEAD отсоединён (ни одна ветка не выбрана): сначала переключитесь на ветку
error-sync-busy = В этом репозитории идёт { $what }: сначала завершите или отмените его
error-sync-push-refused = Удалённый репозиторий отклонил отправку: { $detail }
error-sync-stopped = Остановлено; рабочая папка такая же, как до слияния
error-sync-not-chorus = { $path } — не программа chorus, git не смог бы ею сливать
error-edit-no-entry = Нет сообщения или термина «{ $id }»
error-edit-exists = «{ $id }» уже есть
error-edit-no-attribute = У «{ $id }» нет атрибута «{ $attribute }»
error-edit-no-variant = У «{ $id }» нет варианта [{ $key }]
error-edit-invalid-id = «{ $id }» — недопустимый идентификатор сообщения или термина
error-edit-empty-value = Значение не может быть пустым
error-edit-nothing-left = «{ $id }» нужно значение или атрибут; вместо этого удалите сообщение целиком
error-edit-invalid = Недопустимый Fluent: { $detail } (строка { $line }, столбец { $column })
error-edit-changes-others = Правка изменила бы другие сообщения, кроме «{ $id }»; ничего не изменено
error-draft-empty = Пусто
error-draft-empty-variant = [{ $key }] пуст
error-draft-value-first = Сначала переведите значение
error-draft-no-field = Такого поля нет
error-draft-nothing = Нечего записывать
export-lapsed = { $locale } не экспортирован: утверждение утратило силу, когда изменился текст
export-error-no-statement = В этой рабочей области нет заявления «{ $statement }»
export-error-not-a-locale = { $locale } нет среди языков «{ $statement }»
export-error-no-locales = Нет языков для экспорта: выберите один или несколько
export-error-no-formats = Нет формата для экспорта: выберите текст, HTML или оба
export-error-folder = Нельзя экспортировать в { $path }: { $reason }
export-error-stopped = Экспорт остановлен до завершения
page-source-unreadable = Не удалось прочитать { $path } ({ $reason }), поэтому исходного текста нет
page-translation-unreadable = Не удалось прочитать { $path } ({ $reason }), поэтому перевода нет
page-file-missing = файла нет
page-unresolved = «{ $message }» показал бы { $shown } неразрешённым: этого нет ни в { $locale }, ни в исходном тексте
page-hides = «{ $message }» содержит U+{ $code }, который скрывает или переставляет текст
change-deleted = Файл удалён
change-not-utf8 = { $path }: не UTF-8 в строке { $line }, столбце { $column } (байт { $offset })
change-statement-deleted = { $path }: заявление удалено на диске; оставьте свою версию или закройте рабочую область
change-unreadable = { $path }: { $reason }
change-unreadable-at = { $path }, строка { $line }, столбец { $column }: { $reason }
change-statement-id = { $path }: идентификатор «{ $id }» не совпадает с именем файла «{ $file }»
change-reviews-elsewhere = { $path }: это проверки «{ $statement }» на { $locale }
change-both = «{ $id }» изменено и здесь, и на диске: загрузите с диска или оставьте свою версию
change-comments = Здесь изменены комментарии вне сообщений: загрузите с диска или оставьте свою версию
change-review-both = Проверка «{ $id }» изменена и здесь, и на диске: загрузите с диска или оставьте свою версию
change-signoff-both = Утверждение изменено и здесь, и на диске: загрузите с диска или оставьте свою версию
change-edit = «{ $id }»: { $reason }
change-not-mergeable = { $path }: по сообщениям объединяются только файлы сообщений и проверок: загрузите с диска или оставьте свою версию
change-not-in-workspace = { $path } не входит в рабочую область
error-create-exists = Заявление «{ $id }» уже есть
error-create-no-title = У заявления должно быть название
error-create-no-template = Нет шаблона «{ $id }»
error-not-a-workspace = { $path } — не рабочая область Chorus: в ней нет папки statements/
error-load-cancelled = Загрузка { $path } остановлена
error-load-stopped = Загрузка неожиданно прервалась
problem-cannot-list = Не удаётся прочитать содержимое папки: { $reason }
problem-cannot-read = Не удаётся прочитать: { $reason }
problem-cannot-follow-link = Не удаётся перейти по ссылке: { $reason }
problem-not-utf8 = Не UTF-8 в байте { $offset }; файл не загружен
problem-statement-file-name = «{ $name }» — недопустимый идентификатор заявления (используйте a–z, 0–9 и «-»)
problem-statement-id-differs = Идентификатор «{ $id }» не совпадает с именем файла «{ $file }»
problem-not-a-locale-folder = Не папка языка, пропущена: { $reason }
problem-fluent = { $reason }
problem-reviews-not-a-folder = Не папка: проверки заявления хранятся в reviews/<заявление>/<язык>.ron; пропущено
problem-reviews-folder-name = «{ $name }» — не идентификатор заявления; его проверки пропущены
problem-reviews-file-name = «{ $name }» — не язык; эти проверки пропущены
problem-reviews-elsewhere = По содержимому это проверки «{ $said }» на { $saidLocale }, но файл относится к «{ $statement }» на { $locale }; пропущено
problem-reviews = { $reason }; эти проверки не загружены
problem-no-source-messages = Его исходных сообщений { $path } нет
problem-message-missing = Сообщения «{ $message }» нет в { $path }
problem-reviews-without-statement = Для этих проверок нет заявления «{ $statement }»; они не используются
problem-reviews-other-locale = { $locale } нет среди языков «{ $statement }»; эти проверки не используются
problem-messages-without-statement = Для этих сообщений нет заявления «{ $statement }» (statements/{ $statement }.ron)
problem-messages-other-locale = { $locale } нет среди языков «{ $statement }»
problem-contact-differs = Переменная contact ({ $variable }) — не контакт публикации ({ $field }), который показывает $contact; удалите переменную
error-ron-syntax = { $detail }
error-newer-format = Формат { $format } новее, чем читает эта версия Chorus ({ $known }): обновите Chorus
error-reviews-digest = Контрольная сумма утверждения — не 64 шестнадцатеричные цифры
error-reviews-time = Время проверки «{ $id }» — не время UTC в виде ГГГГ-ММ-ДДTЧЧ:ММ:ССZ: { $time }
error-signoff-time = Время утверждения — не время UTC в виде ГГГГ-ММ-ДДTЧЧ:ММ:ССZ: { $time }
error-date-form = «{ $text }» — не дата в виде ГГГГ-ММ-ДД
error-date-year-zero = { $text } — не день календаря: годы начинаются с 0001
error-date-no-day = { $text } — не день календаря
error-statement-none = Нет заявления { $statement }
error-statement-no-variable = Нет переменной { $name }
error-statement-wrong-kind = { $name } содержит { $kind ->
    [number] число
    [date] дату
    [list] список
   *[text] текст
}
error-statement-no-section = Нет раздела { $message }
error-statement-not-optional = Раздел { $message } не является необязательным
error-statement-has-locale = { $statement } уже есть на { $locale }
error-statement-locale-twice = Язык { $name } указан дважды
error-statement-variable-name = «{ $name }» — не имя переменной Fluent
error-statement-variable-twice = Переменная { $name } определена дважды
error-statement-not-a-number = Переменная { $name } равна { $value }; такое число заявление показать не может
error-statement-message-id = «{ $name }» — не идентификатор сообщения Fluent
error-statement-message-twice = Сообщение { $name } используется дважды
error-statement-section-off = Раздел { $name } выключен, но не является необязательным; отметьте его «optional: true»
error-step-lock = не удаётся заблокировать его папку: { $reason }
error-step-create-folder = не удаётся создать его папку: { $reason }
error-step-create-temporary = не удаётся создать временный файл в его папке: { $reason }
error-step-write = запись не удалась: { $reason }
error-step-keep-permissions = не удаётся сохранить права файла: { $reason }
error-step-flush = запись на диск не удалась: { $reason }
error-step-replace = не удаётся заменить файл: { $reason }
error-step-create = не удаётся создать файл: { $reason }
error-io-not-found = его нет
error-io-permission = доступ запрещён
error-io-exists = он уже есть
error-io-full = диск заполнен
error-io-read-only = диск доступен только для чтения
error-io-other = { $detail }
error-storage-read = Не удаётся прочитать { $path }: { $reason }
error-storage-conflict = { $path } изменён на диске после открытия; ничего не сохранено (загрузите его заново или сохраните свою версию в другом месте)
error-storage-write = Не удаётся сохранить { $path }: { $reason }
signoff-not-reviewed = { $message }: не проверено ({ $state })

## Sharing through git

command-share = Поделиться…
command-share-tooltip = Сохранить, отправить свою работу в git-репозиторий команды и получить работу других, слитую по сообщениям
share-title = Поделиться с командой
share-explained = Сохранённая работа фиксируется под вашим именем, работа команды сливается по сообщениям, и результат отправляется. Больше в репозитории ничего не меняется.
share-name = Ваше имя
share-email = Ваша почта
share-message = Что изменилось
share-message-hint = Если оставить пустым, текст составится из изменений («fr: translate 3 messages of …»)
share-button = Поделиться
share-stop = Остановить
status-sharing = Идёт обмен…
status-detached = HEAD отсоединён
status-repository = { $branch } · отправить: { $ahead }, получить: { $behind } · не отправлено файлов: { $files }
status-upstream = Следует за { $upstream } (по последнему обмену)
status-no-upstream = Удалённой ветки ещё нет: «Поделиться» её создаст
notice-shared = Готово: ваша работа отправлена{ $pulled ->
    [0] {""}
   *[other] , слито коммитов других: { $pulled }
}.
notice-not-shared = Пока не отправлено ({ $why }); работа зафиксирована здесь и уйдёт при следующем обмене.
notice-share-conflicts = Не слито: изменено по-разному здесь и другими: { $messages }. Здесь ничего не изменилось; ваша работа зафиксирована.
git-question-title = Вопрос git
git-question-hint = Ответ передаётся git только для этого обмена; Chorus его нигде не хранит. Вместо пароля подойдёт токен вашего git-хостинга.
git-question-answer = Ответить
history-button = История
history-button-hint = Кто, когда и как менял это сообщение — по истории git команды
history-title = История { $id }
history-close = Закрыть
history-failed = Не удалось прочитать историю
history-no-repository = Эта рабочая папка не в git-репозитории: истории нет.
history-none = Ни один коммит ещё не менял это сообщение.
history-added = добавлено
history-edited = изменено
history-moved = перемещено
history-removed = удалено
history-restore = Восстановить эту версию
conflicts-title = Решить, что изменено с обеих сторон
conflicts-explained = Это изменено и здесь, и другими с общей исходной точки, по-разному. Ничего не сливается, пока вы не выберете; ваша работа остаётся зафиксированной.
conflicts-mine = Что сделали вы:
conflicts-theirs = Что сделали другие:
conflicts-whole = Не одно сообщение: решается для всего файла.
conflicts-keep-mine = Оставить моё
conflicts-take-theirs = Взять их
conflicts-write = Написать самому
conflicts-written = Сообщение, каким оно должно быть (Fluent):
conflicts-merge = Слить и отправить
conflicts-later = Позже
command-open-from-url = Открыть по адресу…
command-open-from-url-tooltip = Клонировать git-репозиторий команды в папку и открыть его
clone-title = Открыть рабочую папку команды
clone-explained = Репозиторий копируется (клонируется) в папку и открывается. Дальше «Поделиться» держит его в согласии с командой.
clone-url = Адрес репозитория (https://… или git@…)
clone-folder = Папка для него
clone-button = Клонировать и открыть
status-cloning = Идёт клонирование…
setup-title = Поделиться этой рабочей папкой
setup-explained = Она ещё не в git-репозитории. Chorus создаст его здесь; с адресом репозитория команды (пустого на GitHub, GitLab, Codeberg…) «Поделиться» отправит её туда.
setup-remote = Адрес репозитория команды
setup-remote-hint = Если оставить пустым, история хранится только здесь и может быть отправлена позже
setup-button = Сделать репозиторием

### Los textos propios de la ventana, en español. Todos los demás idiomas de strings/ tienen los mismos identificadores.

## Menús y comandos

menu-file = Archivo
menu-edit = Editar
menu-go = Ir
menu-view = Ver
menu-language = Idioma
command-open-workspace-tooltip = Abrir otro espacio de trabajo: una carpeta de declaraciones, idiomas y revisiones
command-save-tooltip = Escribir todos los archivos cambiados (declaraciones, traducciones, revisiones)
command-export-tooltip = Escribir los idiomas aprobados de la declaración mostrada como texto y páginas web
command-overview-tooltip = Todas las declaraciones e idiomas, con lo avanzada que está cada traducción
command-quit-tooltip = Cerrar Chorus, preguntando antes por los cambios sin guardar
command-undo-tooltip = Deshacer el último cambio (escribir en un campo es un paso)
command-redo-tooltip = Volver a hacer el cambio deshecho
command-copy-from-reference-tooltip = Llenar el mensaje con el texto de la referencia, en las formas de plural de este idioma
command-find-tooltip = Buscar texto en los identificadores, la referencia y la traducción
command-next-message-tooltip = Ir al mensaje siguiente
command-previous-message-tooltip = Ir al mensaje anterior
command-next-missing-tooltip = Ir al siguiente mensaje aún sin traducir
command-confirm-and-next-tooltip = Confirmar este mensaje (al revisar: aprobarlo) e ir al siguiente
command-toggle-preview-tooltip = Mostrar u ocultar la declaración tal como la verán los lectores
command-help-tooltip = Todos los atajos de teclado
command-save = Guardar todo
command-undo = Deshacer
command-redo = Rehacer
command-overview = Volver a la vista general
command-next-message = Mensaje siguiente
command-previous-message = Mensaje anterior
command-next-missing = Siguiente mensaje sin traducir
command-confirm-and-next = Confirmar e ir al mensaje siguiente
command-copy-from-reference = Copiar de la referencia
command-find = Buscar
command-toggle-preview = Mostrar u ocultar la vista previa
command-help = Atajos de teclado
command-quit = Salir
help-title = Atajos de teclado

## Vista general

no-statements = Este espacio de trabajo aún no tiene declaraciones.
column-locale = Idioma
add-locale = Añadir idioma…
new-statement = Nueva declaración a partir de plantilla…
adapt-statement-hint = Cambiar las variables, secciones y firmas, con vista previa
cell-not-translated = no incluido
cell-source = origen
cell-missing = { $count } por traducir
cell-errors =
    { $count ->
        [one] { $count } error encontrado
       *[other] { $count } errores encontrados
    }
cell-description = { $statement }, { $locale }: { $translated } de { $messages } traducidos, { $missing } aún por traducir, { $obsolete } obsoletos, errores que encontraron las comprobaciones: { $errors }, avisos: { $warnings }
add-locale-title = Añadir un idioma
add-locale-tag = Etiqueta de idioma (BCP 47)
add-locale-hint = Por ejemplo de, pt-BR, sr-Latn o zh-TW.
add-locale-spelling = Se escribe { $canonical }.
add-locale-use = Usar { $tag }
add-locale-invalid = «{ $tag }» no es una etiqueta de idioma BCP 47.
add-locale-unknown = Chorus no conoce el nombre de este idioma: revise la etiqueta.
add-locale-rtl = Se escribe de derecha a izquierda.
add-locale-statements = Traducir a este idioma las declaraciones:
add-locale-has = { $title } (ya incluido)
add-locale-add = Añadir
new-statement-title = Nueva declaración a partir de una plantilla
new-statement-template = Plantilla
new-statement-name = Título
new-statement-id = Identificador (nombre de archivo)
new-statement-no-title = La declaración necesita un título.
new-statement-bad-id = El identificador solo admite a–z, 0–9 y «-».
new-statement-exists = Ya existe una declaración «{ $id }».
new-statement-explain = Copia las variables, secciones, firmas y todas las traducciones de la plantilla. Los archivos nuevos se guardan enseguida.
new-statement-create = Crear
notice-locale-added =
    { $statements ->
        [one] Se añadió { $locale } a 1 declaración. Guarde para conservarlo.
       *[other] Se añadió { $locale } a { $statements } declaraciones. Guarde para conservarlo.
    }
problems-heading = Problemas ({ $count })

## Vista de traducción

back-to-overview = ← Vista general
reference-locale = Referencia
filter-show = Mostrar
filter-all = Todos
filter-missing = Sin traducir
filter-errors = Con errores
filter-changed = Modificados desde el guardado
search = Buscar
search-hint = identificadores, referencia, traducción
no-messages = Ningún mensaje coincide.
no-reference = (no está en el idioma de referencia)
badge-missing = sin traducir
badge-changed = modificado
badge-error = no guardado: ver abajo
raw-toggle = FTL
raw-source = Código fuente Fluent
plural-examples = p. ej., { $examples }
word-affiliation = la organización de un firmante
word-country = el país de un firmante
word-publisher = el editor
word-hint = Los organizadores lo escriben en la vista «Adaptar». Mientras no esté traducido, la página lo muestra tal como lo escribieron. Una aprobación no lo cubre: como los firmantes, es cosa suya.

## Vista previa

preview-heading = Vista previa
preview-missing-hint = Aún sin traducir: se muestra en el idioma de origen.
preview-source-name-hint = Un nombre aún no está traducido: se muestra como en el origen (subrayado). Traduzca primero los nombres (términos).

## Guardar y cerrar

notice-nothing-to-save = No hay nada que guardar.
status-saving = Guardando { $done } de { $total }…
notice-save-stopped = El guardado se detuvo inesperadamente; los cambios siguen sin guardar. Pruebe Ctrl+S de nuevo.
notice-save-failed =
    { $others ->
        [0] No se guardó: { $error }
       *[other] No se guardó: { $error } (y { $others } archivos más)
    }
notice-saved =
    { $files ->
        [one] Se guardó { $files } archivo.
        [many] Se guardaron { $files } archivos.
       *[other] Se guardaron { $files } archivos.
    }
status-unsaved =
    { $files ->
        [one] { $files } archivo sin guardar
        [many] { $files } archivos sin guardar
       *[other] { $files } archivos sin guardar
    }
close-title = Cambios sin guardar
close-question =
    { $files ->
        [one] { $files } archivo tiene cambios sin guardar. ¿Guardar antes de cerrar?
        [many] { $files } archivos tienen cambios sin guardar. ¿Guardar antes de cerrar?
       *[other] { $files } archivos tienen cambios sin guardar. ¿Guardar antes de cerrar?
    }
close-save = Guardar y cerrar
close-discard = Cerrar sin guardar
close-cancel = Cancelar
title-overview = Resumen
title-translate = Traducción: { $title } · { $locale }
close-more-files = y { $count } más

## Vista de adaptación

adapt-statement = Adaptar…
adapt-title = Adaptar: { $title }
adapt-locale = Idioma
translate-this = Traducir este idioma
adapt-variables = Variables
adapt-lapses = { $count ->
    [one] Cambiar una variable o una sección hace caducar el visto bueno de { $languages }.
   *[other] Cambiar una variable o una sección hace caducar los vistos buenos de { $languages }.
}
adapt-no-lapse = Los firmantes y los datos de publicación son cosa de quienes organizan: cambiarlos no hace caducar ningún visto bueno.
adapt-sections = Secciones
adapt-always-shown = siempre visible
adapt-signatories = Firmantes
signatory-name = Nombre
signatory-affiliation = Afiliación
signatory-country = País
signatory-personal = A título personal
signatory-up = Mover arriba
signatory-down = Mover abajo
signatory-remove = Quitar
signatory-add = Añadir un firmante
adapt-details = Publicación
detail-publisher = Editor
detail-contact = Contacto
detail-date = Fecha (YYYY-MM-DD)
adapt-terms = Nombres en { $locale }
adapt-terms-hint = Términos: personas, lugares y cargos, con las formas que exige la gramática del idioma.
invalid-number = Número no válido: escriba cifras, con punto para los decimales.

## Abrir un espacio de trabajo, ajustes

command-open-workspace = Abrir espacio de trabajo…
open-title = Abrir un espacio de trabajo
open-path = Carpeta
open-button = Abrir
open-browse = Examinar…
open-recent = Espacios de trabajo recientes
open-no-dialog = No se eligió ninguna carpeta, o este escritorio no tiene un selector de carpetas: escriba la ruta a mano.
loading = Cargando { $path }…
overview-counting = Contando y comprobando…
loading-read = { $files } archivos leídos, { $megabytes } MB
loading-cancel = Cancelar
notice-loading-cancelled = Se detuvo la carga de { $path }.
load-failed = No se pudo abrir { $path }: { $reason }
switch-title = Cambios sin guardar
switch-question = ¿Guardar los cambios de este espacio de trabajo antes de abrir otro?
switch-save = Guardar y abrir
switch-discard = Abrir sin guardar
menu-theme = Tema
theme-system = Según el sistema
theme-light = Claro
theme-dark = Oscuro
menu-text-size = Tamaño del texto
text-smaller = Más pequeño
text-larger = Más grande
text-reset = Tamaño predeterminado

## Recuperación de cambios sin guardar

recovery-title = Se encontraron cambios sin guardar
recovery-question =
    { $files ->
        [one] Chorus se cerró antes de que se guardara { $files } archivo modificado. ¿Restaurar los cambios?
        [many] Chorus se cerró antes de que se guardaran { $files } archivos modificados. ¿Restaurar los cambios?
       *[other] Chorus se cerró antes de que se guardaran { $files } archivos modificados. ¿Restaurar los cambios?
    }
recovery-restore = Restaurar
recovery-discard = Descartarlos
notice-restored =
    { $files ->
        [one] Se restauraron los cambios de { $files } archivo; aún no están guardados.
        [many] Se restauraron los cambios de { $files } archivos; aún no están guardados.
       *[other] Se restauraron los cambios de { $files } archivos; aún no están guardados.
    }

## Comprobaciones (códigos de `chorus check`, bajo los campos y en el panel de avisos)

check-syntax-error = Fluent no puede leer esto: { $detail }
check-missing-message = Aún sin traducir
check-obsolete-message = No está en la referencia: este mensaje ya no se usa
check-missing-file = Falta el archivo
check-obsolete-file = La referencia no tiene este archivo
check-duplicate-id = Definido otra vez: solo cuenta la primera definición
check-missing-value = La referencia tiene un valor; esto no
check-obsolete-value = Esto tiene un valor; la referencia no
check-missing-attribute = Falta el atributo .{ $name }
check-obsolete-attribute = El atributo .{ $name } no está en la referencia
check-duplicate-attribute = El atributo .{ $name } está definido otra vez
check-duplicate-variant = La variante [{ $name }] está definida otra vez
check-missing-message-reference = La referencia usa el mensaje { $name }; esto no
check-obsolete-message-reference = Usa el mensaje { $name }, que la referencia no usa
check-missing-term-reference = La referencia usa { $name } (aquí menos veces o ninguna)
check-obsolete-term-reference = Usa { $name }, que la referencia no usa
check-missing-plural-category = Faltan formas de plural para { $locale }: { $categories }
check-replacement-character = U+FFFD (carácter de reemplazo): se perdió un carácter en una conversión
check-unknown-variable = ${ $name } no es una variable de la referencia: se mostrará como un error
check-missing-variable = No se usa ${ $name } de la referencia
check-number-mismatch = Los números no coinciden: la referencia tiene { $expected }; esto, { $found }
check-url-mismatch = Los enlaces no coinciden: la referencia tiene { $expected }; esto, { $found }
check-email-mismatch = Las direcciones no coinciden: la referencia tiene { $expected }; esto, { $found }
check-bidi-control =
    { $problem ->
        [override] { $character } muestra el texto en un orden distinto del guardado
        [unbalanced] { $character } no está cerrado o no está abierto
       *[other] { $character } no hace nada en un texto sin letras de derecha a izquierda
    }
check-control-character = { $character }: un carácter de control invisible, que puede ocultar texto a quien revisa o dar órdenes a una terminal
check-empty-translation = La traducción está vacía
check-unchanged-translation = Igual que la referencia: ¿aún sin traducir?
check-length-ratio = { $ratio } veces la longitud de la referencia (lo habitual: { $usual })
check-more = (y { $more } más como este en este mensaje)
check-none = ninguno
findings-heading = Comprobaciones
findings-summary = errores: { $errors }, avisos: { $warnings }
findings-none = Nada que señalar: las comprobaciones no encuentran problemas.
findings-missing = { $count ->
    [one] { $count } mensaje aún por traducir
   *[other] { $count } mensajes aún por traducir
}
findings-missing-hint = Mostrar solo los mensajes aún sin traducir
findings-words = { $count ->
    [one] { $count } dato alrededor del texto por traducir
   *[other] { $count } datos alrededor del texto por traducir
}
findings-names-first = { $count ->
    [one] Traduzca primero el nombre: { $names }
   *[other] Traduzca primero los nombres: { $names }
}
findings-none-so-far = Ningún error ni aviso en lo traducido hasta ahora.
severity-error = Error
severity-warning = Aviso

## Review and sign-off

review-open = Revisar…
review-open-hint = Aprobar o rechazar cada traducción, ver qué cambió y dar el visto bueno final
review-title = Revisión: { $title } · { $locale }
review-translate = Traducir
review-count-reviewed = { $count } de { $messages } revisados
review-count-waiting = { $count } por revisar
review-count-outdated = { $count } desactualizados
review-count-rejected = { $count } rechazados
review-count-missing = { $count } sin traducir
review-list-needing = Por revisar
review-list-all = Todos los mensajes
review-nothing-left = No queda nada por revisar.
state-missing = sin traducir
state-outdated = desactualizado
state-rejected = rechazado
state-translated = por revisar
state-reviewed = revisado
review-rejected-by = Rechazado por { $name } el { $time }: { $comment }
review-approved-by = Aprobado por última vez por { $name } el { $time }
review-reference = Referencia ({ $locale })
review-reference-changed = Cambió desde que se tradujo o revisó: lo tachado se quitó, lo subrayado se añadió.
review-reference-gone = La referencia ya no tiene este mensaje.
review-translation = Traducción ({ $locale })
review-translation-changed = Cambió desde la última revisión: lo tachado se quitó, lo subrayado se añadió.
review-source-text = Texto ({ $locale }): revíselo como lo verán los lectores
review-source-changed = Cambiado desde su última aprobación: las palabras tachadas se quitaron, las subrayadas se añadieron.
review-approve-all = Aprobar todo el texto
review-approve-all-hint = Aprobar cada mensaje que lo necesite, en un solo paso (Ctrl+Z lo deshace)
review-approve = Aprobar
review-approve-hint = Ctrl+Intro: aprobar y pasar al siguiente mensaje por revisar
review-edit = Editar la traducción
review-reject = Rechazar…
review-reject-comment = ¿Qué debe cambiar la persona que traduce?
review-reject-hint = Lo verá debajo del mensaje.
review-reject-confirm = Rechazar
review-previous = Anterior
review-next = Siguiente
reviewer-unknown = sin indicar
reviewer-is = Revisa: { $name }
reviewer-change = Cambiar el nombre que se guarda con las revisiones
reviewer-ask-title = ¿Quién revisa?
reviewer-ask-explain = Tu nombre se guarda con cada aprobación, rechazo y visto bueno, y se recuerda para la próxima vez.
reviewer-name = Tu nombre
reviewer-save = Guardar
signoff-button = Dar el visto bueno…
signoff-refused =
    { $count ->
        [one] Una cosa impide dar el visto bueno:
       *[other] { $count } cosas impiden dar el visto bueno:
    }
signoff-current = Visto bueno de { $name } el { $time }
signoff-lapsed = El visto bueno de { $name } caducó: algo de lo que cubre cambió
signoff-none = Sin visto bueno
signoff-title = Visto bueno en { $locale }
signoff-covers = El visto bueno cubre lo siguiente y caduca si algo cambia:
signoff-covers-messages = { $count } mensajes y términos, todos revisados, y el texto { $reference } con el que se cotejaron
signoff-covers-variables = Variables: { $list }
signoff-covers-sections = Secciones visibles: { $list }
signoff-not-covered = No cubre: los firmantes ({ $count }) ni los datos de publicación (editor, contacto, fecha). Son cosa de quienes organizan: añadir un nombre no hace caducar ningún visto bueno.
signoff-digest = SHA-256 { $digest }
signoff-note = Nota (opcional)
signoff-confirm = Dar el visto bueno como { $name }
notice-signed-off = Visto bueno registrado. Guarda para conservarlo.
filter-outdated = Desactualizados
filter-rejected = Rechazados
cell-signed-off = con visto bueno
cell-signoff-lapsed = visto bueno caducado
cell-signoff-none = sin visto bueno
cell-outdated = { $count } desactualizados
cell-review-description = revisados: { $reviewed }, desactualizados: { $outdated }, visto bueno: { $signoff }

## Export
command-export = Exportar…
export-statement = Exportar…
export-statement-hint = Escribir los idiomas con visto bueno como texto y páginas web
export-title = Exportar «{ $title }»
export-locales = Idiomas
export-select-all = Seleccionar todo
export-open-folder = Abrir la carpeta
export-drafts = Incluir idiomas sin visto bueno, marcados «DRAFT — not signed off»
export-format = Formato:
export-format-both = Texto y HTML
export-format-text = Texto sin formato
export-format-html = HTML
export-folder = Carpeta
export-force = Reemplazar los archivos que ya existen
export-run = Exportar
export-progress = Paso { $done } de { $total }
export-cancel = Detener
export-cancelled = Detenido: se escribieron los archivos listados, ningún otro.
export-close = Cerrar
export-nothing = Elige al menos un idioma
export-no-folder = Escribe una carpeta o elígela con Examinar…
export-done = Se escribieron { $count } archivos en { $folder }:
export-exists = { $path } ya existe y se ha conservado (marca «Reemplazar los archivos que ya existen» para reemplazarlo)
export-broken = { $locale } no se exportó: { $problems }
export-incomplete = { $locale } se exportó como borrador y le falta algo: { $problems }
export-not-signed = { $locale } no se exportó: no tiene visto bueno

## Archivos cambiados en el disco por otro programa

outside-title = Cambiado en el disco
outside-count = Archivo { $n } de { $total }
outside-changed = Otro programa cambió { $path }.
outside-deleted = Otro programa borró { $path }.
outside-deleted-hint = Conserve su versión para escribirla de nuevo al guardar.
outside-mine = Tiene cambios sin guardar en este archivo.
outside-message-changed = cambiado en el disco
outside-message-added = añadido en el disco
outside-message-removed = quitado en el disco
outside-message-conflict = también cambiado aquí, de otro modo
outside-no-message-changed = Ningún mensaje cambió en el disco, solo comentarios o espacios.
outside-mine-only = Cambiados solo aquí: { $ids }
outside-reload = Volver a cargar del disco
outside-reload-hint = Tomar la versión del disco; se descartan sus cambios sin guardar de este archivo
outside-keep = Conservar la mía
outside-keep-hint = La versión del disco se guarda junto al archivo, como { $path }; la suya se escribe al guardar
outside-merge = Combinar
outside-merge-hint = Tomar los mensajes cambiados en el disco y conservar los que usted cambió
outside-merge-refused = «{ $id }» cambió en ambos lados: vuelva a cargar o conserve la suya.
outside-merge-comments = Aquí cambiaron comentarios fuera de los mensajes: vuelva a cargar o conserve la suya.
outside-merge-not-fluent = Solo los archivos de mensajes se combinan mensaje por mensaje: vuelva a cargar o conserve la suya.
outside-later = Decidir después
outside-later-hint = Hasta que elija, este archivo no se guarda
notice-reloaded = { $files ->
    [one] Se volvió a cargar un archivo cambiado en el disco
   *[other] Se volvieron a cargar { $files } archivos cambiados en el disco
 }: { $paths }
notice-merged = { $path } se combinó con la versión del disco; guarde para escribirlo.
notice-kept = Se conserva la suya; la del disco está ahora en { $path }. Guarde para escribir la suya.
notice-kept-deleted = Se conserva la suya; { $path } se escribirá de nuevo al guardar.

## Lo que explica el núcleo (src/base/explain.rs): errores y problemas, redactados aquí según su identificador.
## $reason es la causa, ya redactada en este idioma.

error-id-invalid = «{ $id }» no es un identificador válido: use minúsculas a–z, cifras y «-»
error-locale-invalid = «{ $tag }» no es un código de idioma (por ejemplo en, pt-BR, zh-CN)
error-locale-spelling = El idioma «{ $tag }» se escribe «{ $canonical }»
error-syntax = { $detail } (línea { $line }, columna { $column }); el texto se conserva tal cual
error-syntax-too-deep = Anidado a más de { $depth } niveles (línea { $line }, columna { $column }); el texto se conserva tal cual
error-git-missing = git no está instalado (o no está en el PATH): compartir lo necesita, todo lo demás funciona sin él
error-git-failed = git { $command }: { $detail }
error-sync-no-repository = { $dir } aún no está en un repositorio git: clone el repositorio del equipo o ejecute git init allí
error-sync-detached = HEAD está separado (no hay ninguna rama activa): active primero una rama
error-sync-busy = Hay un { $what } en curso en este repositorio: termínelo o cancélelo primero
error-sync-push-refused = El repositorio remoto rechazó el envío: { $detail }
error-sync-stopped = Detenido; el espacio de trabajo está como antes de la fusión
error-sync-not-chorus = { $path } no es el programa chorus, así que git no podría fusionar con él
error-edit-no-entry = No hay ningún mensaje ni término «{ $id }»
error-edit-exists = «{ $id }» ya existe
error-edit-no-attribute = «{ $id }» no tiene el atributo «{ $attribute }»
error-edit-no-variant = «{ $id }» no tiene la variante [{ $key }]
error-edit-invalid-id = «{ $id }» no es un identificador válido de mensaje o de término
error-edit-empty-value = Un valor no puede estar vacío
error-edit-nothing-left = «{ $id }» necesita un valor o un atributo; elimine el mensaje entero en su lugar
error-edit-invalid = Fluent no válido: { $detail } (línea { $line }, columna { $column })
error-edit-changes-others = El cambio afectaría a otros mensajes además de «{ $id }»; no se cambió nada
error-draft-empty = Vacío
error-draft-empty-variant = [{ $key }] está vacío
error-draft-value-first = Traduzca primero el valor
error-draft-no-field = Ese campo no existe
error-draft-nothing = Nada que escribir
export-lapsed = { $locale } no se exportó: su visto bueno caducó cuando cambió el texto
export-error-no-statement = No hay ninguna declaración «{ $statement }» en este espacio de trabajo
export-error-not-a-locale = { $locale } no está entre los idiomas de «{ $statement }»
export-error-no-locales = Ningún idioma que exportar: elija uno o varios
export-error-no-formats = Ningún formato que exportar: elija texto, HTML o ambos
export-error-folder = No se puede exportar en { $path }: { $reason }
export-error-stopped = La exportación se detuvo antes de terminar
page-source-unreadable = No se pudo leer { $path } ({ $reason }), así que falta el texto de origen
page-translation-unreadable = No se pudo leer { $path } ({ $reason }), así que falta toda la traducción
page-file-missing = no existe
page-unresolved = «{ $message }» mostraría { $shown } sin resolver: no está ni en { $locale } ni en el origen
page-hides = «{ $message }» contiene U+{ $code }, que oculta o reordena el texto
change-deleted = El archivo se eliminó
change-not-utf8 = { $path }: no es UTF-8 en la línea { $line }, columna { $column } (byte { $offset })
change-statement-deleted = { $path }: la declaración se eliminó en el disco; conserve la suya o cierre el espacio de trabajo
change-unreadable = { $path }: { $reason }
change-unreadable-at = { $path }, línea { $line }, columna { $column }: { $reason }
change-statement-id = { $path }: el identificador «{ $id }» no coincide con el nombre del archivo «{ $file }»
change-reviews-elsewhere = { $path }: estas revisiones son de «{ $statement }» en { $locale }
change-both = «{ $id }» cambió aquí y en el disco: vuelva a cargar o conserve la suya
change-comments = Aquí cambiaron comentarios fuera de los mensajes: vuelva a cargar o conserve la suya
change-review-both = La revisión de «{ $id }» cambió aquí y en el disco: vuelva a cargar o conserve la suya
change-signoff-both = El visto bueno cambió aquí y en el disco: vuelva a cargar o conserve la suya
change-edit = «{ $id }»: { $reason }
change-not-mergeable = { $path }: solo los archivos de mensajes y de revisiones se combinan mensaje a mensaje: vuelva a cargar o conserve la suya
change-not-in-workspace = { $path } no forma parte del espacio de trabajo
error-create-exists = Ya existe una declaración «{ $id }»
error-create-no-title = La declaración necesita un título
error-create-no-template = No hay ninguna plantilla «{ $id }»
error-not-a-workspace = { $path } no es un espacio de trabajo de Chorus: no tiene carpeta statements/
error-load-cancelled = Se detuvo la carga de { $path }
error-load-stopped = La carga se detuvo de forma inesperada
problem-cannot-list = No se puede listar esta carpeta: { $reason }
problem-cannot-read = No se puede leer: { $reason }
problem-cannot-follow-link = No se puede seguir este enlace: { $reason }
problem-not-utf8 = No es UTF-8 en el byte { $offset }; el archivo no se cargó
problem-statement-file-name = «{ $name }» no es un identificador de declaración válido (use a–z, 0–9 y «-»)
problem-statement-id-differs = El identificador «{ $id }» no coincide con el nombre del archivo «{ $file }»
problem-not-a-locale-folder = No es una carpeta de idioma; se omitió: { $reason }
problem-fluent = { $reason }
problem-reviews-not-a-folder = No es una carpeta: las revisiones de una declaración se guardan en reviews/<declaración>/<idioma>.ron; se omitió
problem-reviews-folder-name = «{ $name }» no es un identificador de declaración; sus revisiones se omitieron
problem-reviews-file-name = «{ $name }» no es un idioma; estas revisiones se omitieron
problem-reviews-elsewhere = Estas revisiones dicen ser de «{ $said }» en { $saidLocale }, pero el archivo es de «{ $statement }» en { $locale }; se omitió
problem-reviews = { $reason }; estas revisiones no se cargaron
problem-no-source-messages = Sus mensajes de origen { $path } no existen
problem-message-missing = El mensaje «{ $message }» no está en { $path }
problem-reviews-without-statement = No hay ninguna declaración «{ $statement }» para estas revisiones; no se usan
problem-reviews-other-locale = { $locale } no está entre los idiomas de «{ $statement }»; estas revisiones no se usan
problem-messages-without-statement = No hay ninguna declaración «{ $statement }» (statements/{ $statement }.ron) para estos mensajes
problem-messages-other-locale = { $locale } no está entre los idiomas de «{ $statement }»
problem-contact-differs = La variable contact ({ $variable }) no es el contacto de la publicación ({ $field }), que muestra $contact; elimine la variable
error-ron-syntax = { $detail }
error-newer-format = El formato { $format } es más reciente de lo que lee esta versión de Chorus ({ $known }): actualice Chorus
error-reviews-digest = La huella del visto bueno no tiene 64 cifras hexadecimales
error-reviews-time = La hora de la revisión de «{ $id }» no es una hora UTC escrita AAAA-MM-DDTHH:MM:SSZ: { $time }
error-signoff-time = La hora del visto bueno no es una hora UTC escrita AAAA-MM-DDTHH:MM:SSZ: { $time }
error-date-form = «{ $text }» no es una fecha escrita AAAA-MM-DD
error-date-year-zero = { $text } no es un día del calendario: los años empiezan en 0001
error-date-no-day = { $text } no es un día del calendario
error-statement-none = No hay ninguna declaración { $statement }
error-statement-no-variable = No hay ninguna variable { $name }
error-statement-wrong-kind = { $name } contiene { $kind ->
    [number] un número
    [date] una fecha
    [list] una lista
   *[text] texto
}
error-statement-no-section = No hay ninguna sección { $message }
error-statement-not-optional = La sección { $message } no es opcional
error-statement-has-locale = { $statement } ya está en { $locale }
error-statement-locale-twice = El idioma { $name } aparece dos veces en la lista
error-statement-variable-name = «{ $name }» no es un nombre de variable de Fluent
error-statement-variable-twice = La variable { $name } está definida dos veces
error-statement-not-a-number = La variable { $name } vale { $value }, que no es un número que una declaración pueda mostrar
error-statement-message-id = «{ $name }» no es un identificador de mensaje de Fluent
error-statement-message-twice = El mensaje { $name } se usa dos veces
error-statement-section-off = La sección { $name } está desactivada pero no es opcional; márquela con «optional: true»
error-step-lock = no se puede bloquear su carpeta: { $reason }
error-step-create-folder = no se puede crear su carpeta: { $reason }
error-step-create-temporary = no se puede crear un archivo temporal en su carpeta: { $reason }
error-step-write = falló la escritura: { $reason }
error-step-keep-permissions = no se pueden conservar los permisos del archivo: { $reason }
error-step-flush = falló la escritura en el disco: { $reason }
error-step-replace = no se puede reemplazar el archivo: { $reason }
error-step-create = no se puede crear el archivo: { $reason }
error-io-not-found = no existe
error-io-permission = permiso denegado
error-io-exists = ya existe
error-io-full = el disco está lleno
error-io-read-only = el disco es de solo lectura
error-io-other = { $detail }
error-storage-read = No se puede leer { $path }: { $reason }
error-storage-conflict = { $path } cambió en el disco desde que se abrió; no se guardó nada (vuelva a cargarlo o guarde su versión en otro lugar)
error-storage-write = No se puede guardar { $path }: { $reason }
signoff-not-reviewed = { $message }: sin revisar ({ $state })

## Sharing through git

command-share = Compartir…
command-share-tooltip = Guardar, enviar su trabajo al repositorio git del equipo y traer el de los demás, fusionado mensaje por mensaje
share-title = Compartir con el equipo
share-explained = Su trabajo guardado se confirma a su nombre, el del equipo se fusiona mensaje por mensaje y el resultado se envía. No se toca nada más del repositorio.
share-name = Su nombre
share-email = Su correo
share-message = Qué cambió
share-message-hint = Si se deja vacío, se escribe a partir de los cambios («fr: translate 3 messages of …»)
share-button = Compartir
share-stop = Detener
status-sharing = Compartiendo…
status-detached = HEAD separado
status-repository = { $branch } · { $ahead } por enviar, { $behind } por traer · { $files ->
    [one] { $files } archivo sin compartir
   *[other] { $files } archivos sin compartir
}
status-upstream = Sigue { $upstream }, según el último Compartir
status-no-upstream = Aún no hay rama remota: Compartir la crea
notice-shared = Compartido: el remoto tiene su trabajo{ $pulled ->
    [0] {""}
    [one] , y se fusionó { $pulled } commit de otros
   *[other] , y se fusionaron { $pulled } commits de otros
}.
notice-not-shared = Aún no compartido ({ $why }); su trabajo está confirmado aquí y se enviará con el próximo Compartir.
notice-share-conflicts = Sin fusionar: cambiado de forma distinta aquí y por otros: { $messages }. Aquí no cambió nada; su trabajo está confirmado.
git-question-title = Git pregunta
git-question-hint = La respuesta va a git solo para este Compartir; Chorus no la guarda en ningún sitio. Donde se pide una contraseña sirve un token de su servidor git.
git-question-answer = Responder
history-button = Historial
history-button-hint = Quién cambió este mensaje, cuándo y cómo, según el historial git del equipo
history-title = Historial de { $id }
history-close = Cerrar
history-failed = No se pudo leer el historial
history-no-repository = Este espacio de trabajo no está en un repositorio git: no hay historial.
history-none = Ningún commit ha cambiado este mensaje todavía.
history-added = añadido
history-edited = cambiado
history-moved = movido
history-removed = eliminado
history-restore = Restaurar esta versión
conflicts-title = Resolver lo que se cambió en ambos lados
conflicts-explained = Esto se cambió aquí y por otros desde el punto de partida común, de forma distinta. No se fusiona nada hasta que elija; su trabajo sigue confirmado.
conflicts-mine = Lo que hizo usted:
conflicts-theirs = Lo que hicieron otros:
conflicts-whole = No es un solo mensaje: se resuelve para todo el archivo.
conflicts-keep-mine = Conservar el mío
conflicts-take-theirs = Tomar el suyo
conflicts-write = Escribirlo yo
conflicts-written = El mensaje como debe quedar (Fluent):
conflicts-merge = Fusionar y compartir
conflicts-later = Más tarde
command-open-from-url = Abrir desde una URL…
command-open-from-url-tooltip = Clonar el repositorio git del equipo en una carpeta y abrirlo
clone-title = Abrir el espacio de trabajo del equipo
clone-explained = El repositorio se copia (clona) en la carpeta y luego se abre. Compartir lo mantiene después al día con el equipo.
clone-url = Dirección del repositorio (https://… o git@…)
clone-folder = Carpeta donde ponerlo
clone-button = Clonar y abrir
status-cloning = Clonando…
setup-title = Compartir este espacio de trabajo
setup-explained = Aún no está en un repositorio git. Chorus crea uno aquí; con la dirección del repositorio del equipo (uno vacío en GitHub, GitLab, Codeberg…), Compartir lo envía allí.
setup-remote = Dirección del repositorio del equipo
setup-remote-hint = Si se deja vacía, el historial queda solo aquí y puede enviarse más tarde
setup-button = Convertirlo en repositorio

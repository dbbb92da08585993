### Die eigenen Texte des Fensters, auf Deutsch. Alle anderen Sprachen unter strings/ haben dieselben IDs.

## Menüs und Befehle

menu-file = Datei
menu-edit = Bearbeiten
menu-go = Gehe zu
menu-view = Ansicht
menu-language = Sprache
command-open-workspace-tooltip = Einen anderen Arbeitsbereich öffnen: einen Ordner mit Erklärungen, Sprachen und Prüfungen
command-save-tooltip = Alle geänderten Dateien schreiben (Erklärungen, Übersetzungen, Prüfungen)
command-export-tooltip = Die freigegebenen Sprachen der angezeigten Erklärung als Text und Webseiten schreiben
command-overview-tooltip = Alle Erklärungen und Sprachen, mit dem Stand der Übersetzung
command-quit-tooltip = Chorus schließen, vorher nach ungespeicherten Änderungen fragen
command-undo-tooltip = Die letzte Änderung zurücknehmen (Tippen in einem Feld ist ein Schritt)
command-redo-tooltip = Die zurückgenommene Änderung wiederholen
command-copy-from-reference-tooltip = Die Nachricht mit dem Text der Referenz füllen, in den Pluralformen dieser Sprache
command-find-tooltip = Text in IDs, Referenz und Übersetzung suchen
command-next-message-tooltip = Zur nächsten Nachricht
command-previous-message-tooltip = Zur vorigen Nachricht
command-next-missing-tooltip = Zur nächsten noch nicht übersetzten Nachricht
command-confirm-and-next-tooltip = Diese Nachricht bestätigen (beim Prüfen: freigeben) und zur nächsten gehen
command-toggle-preview-tooltip = Die Erklärung so, wie Leser sie sehen, ein- oder ausblenden
command-help-tooltip = Alle Tastenkürzel
command-save = Alle speichern
command-undo = Rückgängig
command-redo = Wiederholen
command-overview = Zurück zur Übersicht
command-next-message = Nächste Nachricht
command-previous-message = Vorherige Nachricht
command-next-missing = Nächste unübersetzte Nachricht
command-confirm-and-next = Bestätigen und zur nächsten Nachricht
command-copy-from-reference = Aus Referenz kopieren
command-find = Suchen
command-toggle-preview = Vorschau ein- oder ausblenden
command-help = Tastenkürzel
command-quit = Beenden
help-title = Tastenkürzel

## Übersicht

no-statements = Dieser Arbeitsbereich enthält noch keine Erklärungen.
column-locale = Sprache
add-locale = Sprache hinzufügen…
new-statement = Neue Erklärung aus Vorlage…
adapt-statement-hint = Variablen, Abschnitte und Unterzeichnende ändern, mit Vorschau
cell-not-translated = nicht enthalten
cell-source = Quelle
cell-missing = { $count } zu übersetzen
cell-errors =
    { $count ->
        [one] { $count } Fehler gefunden
       *[other] { $count } Fehler gefunden
    }
cell-description = { $statement }, { $locale }: { $translated } von { $messages } übersetzt, { $missing } noch zu übersetzen, { $obsolete } veraltet, von den Prüfungen gefundene Fehler: { $errors }, Warnungen: { $warnings }
add-locale-title = Sprache hinzufügen
add-locale-tag = Sprach-Tag (BCP 47)
add-locale-hint = Zum Beispiel de, pt-BR, sr-Latn oder zh-TW.
add-locale-spelling = Schreibweise: { $canonical }.
add-locale-use = { $tag } verwenden
add-locale-invalid = „{ $tag }“ ist kein BCP-47-Sprach-Tag.
add-locale-unknown = Chorus kennt den Namen dieser Sprache nicht: Bitte das Tag prüfen.
add-locale-rtl = Wird von rechts nach links geschrieben.
add-locale-statements = Diese Erklärungen in die Sprache übersetzen:
add-locale-has = { $title } (schon vorhanden)
add-locale-add = Hinzufügen
new-statement-title = Neue Erklärung aus einer Vorlage
new-statement-template = Vorlage
new-statement-name = Titel
new-statement-id = Kennung (Dateiname)
new-statement-no-title = Die Erklärung braucht einen Titel.
new-statement-bad-id = Die Kennung darf nur a–z, 0–9 und „-“ enthalten.
new-statement-exists = Es gibt schon eine Erklärung „{ $id }“.
new-statement-explain = Kopiert Variablen, Abschnitte, Unterzeichnende und alle Übersetzungen der Vorlage. Die neuen Dateien werden sofort gespeichert.
new-statement-create = Erstellen
notice-locale-added =
    { $statements ->
        [one] { $locale } zu 1 Erklärung hinzugefügt. Zum Behalten speichern.
       *[other] { $locale } zu { $statements } Erklärungen hinzugefügt. Zum Behalten speichern.
    }
problems-heading = Probleme ({ $count })

## Übersetzungsansicht

back-to-overview = ← Übersicht
reference-locale = Referenz
filter-show = Zeigen
filter-all = Alle
filter-missing = Unübersetzt
filter-errors = Mit Fehlern
filter-changed = Seit dem Speichern geändert
search = Suche
search-hint = IDs, Referenz, Übersetzung
no-messages = Keine passenden Nachrichten.
no-reference = (nicht in der Referenzsprache)
badge-missing = unübersetzt
badge-changed = geändert
badge-error = nicht gespeichert: siehe unten
raw-toggle = FTL
raw-source = Fluent-Quelltext
plural-examples = z. B. { $examples }
word-affiliation = Zugehörigkeit einer unterzeichnenden Person
word-country = Land einer unterzeichnenden Person
word-publisher = Herausgeber
word-hint = Die Organisatoren schreiben es in der Ansicht „Anpassen“. Solange es nicht übersetzt ist, zeigt die Seite es so, wie sie es geschrieben haben. Eine Freigabe deckt es nicht ab: Wie die Unterzeichnenden gehört es zu ihren Angaben.

## Vorschau

preview-heading = Vorschau
preview-missing-hint = Noch nicht übersetzt: wird in der Quellsprache angezeigt.
preview-source-name-hint = Ein Name darin ist noch nicht übersetzt: Er steht so da wie im Ausgangstext (unterstrichen). Übersetzen Sie zuerst die Namen (Begriffe).

## Speichern und Schließen

notice-nothing-to-save = Nichts zu speichern.
status-saving = Speichern: { $done } von { $total }…
notice-save-stopped = Das Speichern brach unerwartet ab; die Änderungen sind weiterhin ungespeichert. Bitte Strg+S erneut versuchen.
notice-save-failed =
    { $others ->
        [0] Nicht gespeichert: { $error }
       *[other] Nicht gespeichert: { $error } (und { $others } weitere Dateien)
    }
notice-saved =
    { $files ->
        [one] { $files } Datei gespeichert.
       *[other] { $files } Dateien gespeichert.
    }
status-unsaved =
    { $files ->
        [one] { $files } Datei nicht gespeichert
       *[other] { $files } Dateien nicht gespeichert
    }
close-title = Ungespeicherte Änderungen
close-question =
    { $files ->
        [one] { $files } Datei hat ungespeicherte Änderungen. Vor dem Schließen speichern?
       *[other] { $files } Dateien haben ungespeicherte Änderungen. Vor dem Schließen speichern?
    }
close-save = Speichern und schließen
close-discard = Ohne Speichern schließen
close-cancel = Abbrechen
title-overview = Übersicht
title-translate = Übersetzen: { $title } · { $locale }
close-more-files = und { $count } weitere

## Anpassungsansicht

adapt-statement = Anpassen…
adapt-title = Anpassen: { $title }
adapt-locale = Sprache
translate-this = Diese Sprache übersetzen
adapt-variables = Variablen
adapt-lapses = { $count ->
    [one] Eine Änderung an einer Variable oder einem Abschnitt lässt die Abzeichnung von { $languages } erlöschen.
   *[other] Eine Änderung an einer Variable oder einem Abschnitt lässt die Abzeichnungen von { $languages } erlöschen.
}
adapt-no-lapse = Die Unterzeichnenden und die Angaben zur Veröffentlichung sind Sache der Organisierenden: Änderungen daran lassen keine Abzeichnung erlöschen.
adapt-sections = Abschnitte
adapt-always-shown = immer angezeigt
adapt-signatories = Unterzeichner
signatory-name = Name
signatory-affiliation = Organisation
signatory-country = Land
signatory-personal = Als Privatperson
signatory-up = Nach oben verschieben
signatory-down = Nach unten verschieben
signatory-remove = Entfernen
signatory-add = Unterzeichner hinzufügen
adapt-details = Veröffentlichung
detail-publisher = Herausgeber
detail-contact = Kontakt
detail-date = Datum (YYYY-MM-DD)
adapt-terms = Namen in { $locale }
adapt-terms-hint = Terme: Personen, Orte und Anklagepunkte, in den Formen, die die Grammatik der Sprache verlangt.
invalid-number = Ungültige Zahl: Ziffern eingeben, mit Punkt als Dezimaltrennzeichen.

## Öffnen eines Arbeitsbereichs, Einstellungen

command-open-workspace = Arbeitsbereich öffnen…
open-title = Arbeitsbereich öffnen
open-path = Ordner
open-button = Öffnen
open-browse = Durchsuchen…
open-recent = Zuletzt verwendete Arbeitsbereiche
open-no-dialog = Es wurde kein Ordner gewählt, oder diese Desktopumgebung hat keinen Ordnerdialog: Pfad stattdessen eingeben.
loading = { $path } wird geladen…
overview-counting = Zählen und Prüfen…
loading-read = { $files } Dateien gelesen, { $megabytes } MB
loading-cancel = Abbrechen
notice-loading-cancelled = Laden von { $path } abgebrochen.
load-failed = { $path } konnte nicht geöffnet werden: { $reason }
switch-title = Ungespeicherte Änderungen
switch-question = Änderungen an diesem Arbeitsbereich speichern, bevor ein anderer geöffnet wird?
switch-save = Speichern und öffnen
switch-discard = Ohne Speichern öffnen
menu-theme = Design
theme-system = Systemeinstellung verwenden
theme-light = Hell
theme-dark = Dunkel
menu-text-size = Textgröße
text-smaller = Kleiner
text-larger = Größer
text-reset = Standardgröße

## Wiederherstellen ungespeicherter Änderungen

recovery-title = Ungespeicherte Änderungen gefunden
recovery-question =
    { $files ->
        [one] Chorus wurde geschlossen, bevor { $files } geänderte Datei gespeichert wurde. Änderungen wiederherstellen?
       *[other] Chorus wurde geschlossen, bevor { $files } geänderte Dateien gespeichert wurden. Änderungen wiederherstellen?
    }
recovery-restore = Wiederherstellen
recovery-discard = Änderungen verwerfen
notice-restored =
    { $files ->
        [one] Änderungen an { $files } Datei wiederhergestellt; sie sind noch nicht gespeichert.
       *[other] Änderungen an { $files } Dateien wiederhergestellt; sie sind noch nicht gespeichert.
    }

## Prüfungen (Codes von `chorus check`, unter den Feldern und in der Liste der Befunde)

check-syntax-error = Fluent kann dies nicht lesen: { $detail }
check-missing-message = Noch nicht übersetzt
check-obsolete-message = Nicht in der Referenz: diese Nachricht wird nicht mehr verwendet
check-missing-file = Die Datei fehlt
check-obsolete-file = Die Referenz hat keine solche Datei
check-duplicate-id = Erneut definiert: nur die erste Definition gilt
check-missing-value = Die Referenz hat einen Wert, dies nicht
check-obsolete-value = Dies hat einen Wert, die Referenz nicht
check-missing-attribute = Das Attribut .{ $name } fehlt
check-obsolete-attribute = Das Attribut .{ $name } ist nicht in der Referenz
check-duplicate-attribute = Das Attribut .{ $name } ist erneut definiert
check-duplicate-variant = Die Variante [{ $name }] ist erneut definiert
check-missing-message-reference = Die Referenz verwendet die Nachricht { $name }, dies nicht
check-obsolete-message-reference = Verwendet die Nachricht { $name }, die Referenz nicht
check-missing-term-reference = Die Referenz verwendet { $name } (hier seltener oder gar nicht)
check-obsolete-term-reference = Verwendet { $name }, die Referenz nicht
check-missing-plural-category = Pluralformen fehlen für { $locale }: { $categories }
check-replacement-character = U+FFFD (Ersetzungszeichen): bei einer Umwandlung ging ein Zeichen verloren
check-unknown-variable = ${ $name } ist keine Variable der Referenz: an ihrer Stelle erscheint ein Fehler
check-missing-variable = ${ $name } aus der Referenz wird nicht verwendet
check-number-mismatch = Zahlen weichen ab: die Referenz hat { $expected }, dies { $found }
check-url-mismatch = Links weichen ab: die Referenz hat { $expected }, dies { $found }
check-email-mismatch = Adressen weichen ab: die Referenz hat { $expected }, dies { $found }
check-bidi-control =
    { $problem ->
        [override] { $character } zeigt den Text in einer anderen Reihenfolge, als er gespeichert ist
        [unbalanced] { $character } wird nicht geschlossen oder nicht geöffnet
       *[other] { $character } bewirkt in Text ohne linksläufige Buchstaben nichts
    }
check-control-character = { $character }: ein unsichtbares Steuerzeichen, das Text vor der Prüfung verbergen oder auf ein Terminal wirken kann
check-empty-translation = Die Übersetzung ist leer
check-unchanged-translation = Gleich wie die Referenz: noch nicht übersetzt?
check-length-ratio = { $ratio }-mal so lang wie die Referenz (üblich: { $usual })
check-more = (und { $more } weitere dieser Art in dieser Nachricht)
check-none = keine
findings-heading = Prüfungen
findings-summary = Fehler: { $errors }, Warnungen: { $warnings }
findings-none = Nichts gefunden: die Prüfungen sind zufrieden.
findings-missing = { $count ->
    [one] { $count } Nachricht noch zu übersetzen
   *[other] { $count } Nachrichten noch zu übersetzen
}
findings-missing-hint = Nur die noch nicht übersetzten Nachrichten zeigen
findings-words = { $count ->
    [one] { $count } Angabe rund um den Text zu übersetzen
   *[other] { $count } Angaben rund um den Text zu übersetzen
}
findings-names-first = { $count ->
    [one] Zuerst den Namen übersetzen: { $names }
   *[other] Zuerst die Namen übersetzen: { $names }
}
findings-none-so-far = Kein Fehler und keine Warnung in dem, was bisher übersetzt ist.
severity-error = Fehler
severity-warning = Warnung

## Review and sign-off

review-open = Prüfen…
review-open-hint = Jede Übersetzung freigeben oder ablehnen, Änderungen sehen und abzeichnen
review-title = Prüfung: { $title } · { $locale }
review-translate = Übersetzen
review-count-reviewed = { $count } von { $messages } geprüft
review-count-waiting = { $count } zu prüfen
review-count-outdated = { $count } veraltet
review-count-rejected = { $count } abgelehnt
review-count-missing = { $count } fehlen
review-list-needing = Zu prüfen
review-list-all = Alle Meldungen
review-nothing-left = Nichts mehr zu prüfen.
state-missing = fehlt
state-outdated = veraltet
state-rejected = abgelehnt
state-translated = zu prüfen
state-reviewed = geprüft
review-rejected-by = Abgelehnt von { $name } am { $time }: { $comment }
review-approved-by = Zuletzt freigegeben von { $name } am { $time }
review-reference = Vorlage ({ $locale })
review-reference-changed = Geändert seit der Übersetzung oder Prüfung: Durchgestrichenes wurde entfernt, Unterstrichenes hinzugefügt.
review-reference-gone = Die Vorlage enthält diese Meldung nicht mehr.
review-translation = Übersetzung ({ $locale })
review-translation-changed = Geändert seit der letzten Prüfung: Durchgestrichenes wurde entfernt, Unterstrichenes hinzugefügt.
review-source-text = Text ({ $locale }): so korrekturlesen, wie ihn die Lesenden sehen
review-source-changed = Seit der letzten Freigabe geändert: durchgestrichene Wörter wurden entfernt, unterstrichene hinzugefügt.
review-approve-all = Ganzen Text freigeben
review-approve-all-hint = Jede Nachricht freigeben, die es braucht, in einem Schritt (Strg+Z nimmt ihn zurück)
review-approve = Freigeben
review-approve-hint = Strg+Eingabe: freigeben und zur nächsten zu prüfenden Meldung gehen
review-edit = Übersetzung bearbeiten
review-reject = Ablehnen…
review-reject-comment = Was soll an der Übersetzung geändert werden?
review-reject-hint = Das steht dann unter der Meldung.
review-reject-confirm = Ablehnen
review-previous = Zurück
review-next = Weiter
reviewer-unknown = nicht angegeben
reviewer-is = Prüfer:in: { $name }
reviewer-change = Den Namen ändern, der mit Prüfungen gespeichert wird
reviewer-ask-title = Wer prüft?
reviewer-ask-explain = Ihr Name wird mit jeder Freigabe, Ablehnung und Abzeichnung gespeichert und für das nächste Mal behalten.
reviewer-name = Ihr Name
reviewer-save = Speichern
signoff-button = Abzeichnen…
signoff-refused =
    { $count ->
        [one] Eine Sache verhindert das Abzeichnen:
       *[other] { $count } Dinge verhindern das Abzeichnen:
    }
signoff-current = Abgezeichnet von { $name } am { $time }
signoff-lapsed = Abzeichnung von { $name } erloschen: etwas, das sie abdeckt, hat sich geändert
signoff-none = Nicht abgezeichnet
signoff-title = Abzeichnen: { $locale }
signoff-covers = Die Abzeichnung deckt Folgendes ab und erlischt bei jeder Änderung:
signoff-covers-messages = { $count } Meldungen und Begriffe, alle geprüft, und den Text der Vorlage ({ $reference }), mit dem sie verglichen wurden
signoff-covers-variables = Variablen: { $list }
signoff-covers-sections = Angezeigte Abschnitte: { $list }
signoff-not-covered = Nicht abgedeckt: die Unterzeichnenden ({ $count }) und die Angaben zur Veröffentlichung (Herausgeber, Kontakt, Datum). Sie sind Sache der Organisierenden; ein neuer Name lässt keine Abzeichnung erlöschen.
signoff-digest = SHA-256 { $digest }
signoff-note = Anmerkung (freiwillig)
signoff-confirm = Als { $name } abzeichnen
notice-signed-off = Abgezeichnet. Speichern, um die Abzeichnung zu behalten.
filter-outdated = Veraltet
filter-rejected = Abgelehnt
cell-signed-off = abgezeichnet
cell-signoff-lapsed = Abzeichnung erloschen
cell-signoff-none = nicht abgezeichnet
cell-outdated = { $count } veraltet
cell-review-description = geprüft: { $reviewed }, veraltet: { $outdated }, Abzeichnung: { $signoff }

## Export
command-export = Exportieren…
export-statement = Exportieren…
export-statement-hint = Die abgezeichneten Sprachen als Text und Webseiten schreiben
export-title = „{ $title }“ exportieren
export-locales = Sprachen
export-select-all = Alle auswählen
export-open-folder = Ordner öffnen
export-drafts = Auch nicht abgezeichnete Sprachen, gekennzeichnet mit „DRAFT — not signed off“
export-format = Format:
export-format-both = Text und HTML
export-format-text = Nur Text
export-format-html = HTML
export-folder = Ordner
export-force = Vorhandene Dateien ersetzen
export-run = Exportieren
export-progress = Schritt { $done } von { $total }
export-cancel = Anhalten
export-cancelled = Angehalten: Die aufgeführten Dateien wurden geschrieben, keine anderen.
export-close = Schließen
export-nothing = Mindestens eine Sprache auswählen
export-no-folder = Einen Ordner eingeben oder mit „Durchsuchen…“ wählen
export-done = { $count } Dateien in { $folder } geschrieben:
export-exists = { $path } ist schon vorhanden und wurde behalten („Vorhandene Dateien ersetzen“ ersetzt sie)
export-broken = { $locale } wurde nicht exportiert: { $problems }
export-incomplete = { $locale } wurde als Entwurf exportiert, und es fehlt etwas: { $problems }
export-not-signed = { $locale } wurde nicht exportiert: nicht abgezeichnet

## Dateien, die ein anderes Programm auf der Festplatte geändert hat

outside-title = Auf der Festplatte geändert
outside-count = Datei { $n } von { $total }
outside-changed = { $path } wurde von einem anderen Programm geändert.
outside-deleted = { $path } wurde von einem anderen Programm gelöscht.
outside-deleted-hint = Behalten Sie Ihre Fassung, um sie beim nächsten Speichern wieder zu schreiben.
outside-mine = Sie haben ungespeicherte Änderungen an dieser Datei.
outside-message-changed = auf der Festplatte geändert
outside-message-added = auf der Festplatte hinzugefügt
outside-message-removed = auf der Festplatte entfernt
outside-message-conflict = auch hier geändert, anders
outside-no-message-changed = Auf der Festplatte hat sich keine Nachricht geändert, nur Kommentare oder Leerraum.
outside-mine-only = Nur hier geändert: { $ids }
outside-reload = Von der Festplatte neu laden
outside-reload-hint = Die Fassung auf der Festplatte nehmen; Ihre ungespeicherten Änderungen an dieser Datei werden verworfen
outside-keep = Meine behalten
outside-keep-hint = Die Fassung auf der Festplatte wird neben der Datei gespeichert, als { $path }; Ihre wird beim nächsten Speichern geschrieben
outside-merge = Zusammenführen
outside-merge-hint = Die auf der Festplatte geänderten Nachrichten nehmen und Ihre geänderten behalten
outside-merge-refused = „{ $id }“ wurde auf beiden Seiten geändert: neu laden oder Ihre behalten.
outside-merge-comments = Kommentare außerhalb von Nachrichten wurden hier geändert: neu laden oder Ihre behalten.
outside-merge-not-fluent = Nur Nachrichtendateien lassen sich Nachricht für Nachricht zusammenführen: neu laden oder Ihre behalten.
outside-later = Später entscheiden
outside-later-hint = Bis Sie wählen, wird diese Datei nicht gespeichert
notice-reloaded = { $files ->
    [one] Eine auf der Festplatte geänderte Datei wurde neu geladen
   *[other] { $files } auf der Festplatte geänderte Dateien wurden neu geladen
 }: { $paths }
notice-merged = { $path } wurde mit der Fassung auf der Festplatte zusammengeführt; speichern, um es zu schreiben.
notice-kept = Ihre Fassung bleibt; die auf der Festplatte ist jetzt { $path }. Speichern, um Ihre zu schreiben.
notice-kept-deleted = Ihre Fassung bleibt; { $path } wird beim nächsten Speichern wieder geschrieben.

## Was der Kern erklärt (src/base/explain.rs): Fehler und Probleme, hier nach ihrer Kennung formuliert.
## $reason ist die Ursache, schon in dieser Sprache formuliert.

error-id-invalid = „{ $id }“ ist keine gültige Kennung: Kleinbuchstaben a–z, Ziffern und „-“ verwenden
error-locale-invalid = „{ $tag }“ ist keine Sprachkennung (zum Beispiel en, pt-BR, zh-CN)
error-locale-spelling = Die Sprache „{ $tag }“ wird „{ $canonical }“ geschrieben
error-syntax = { $detail } (Zeile { $line }, Spalte { $column }); der Text bleibt, wie er ist
error-syntax-too-deep = Tiefer als { $depth } Ebenen verschachtelt (Zeile { $line }, Spalte { $column }); der Text bleibt, wie er ist
error-git-missing = git ist nicht installiert (oder nicht im PATH): Teilen braucht es, alles andere geht auch ohne
error-git-failed = git { $command }: { $detail }
error-sync-no-repository = { $dir } liegt noch in keinem Git-Repository: das Repository des Teams klonen oder dort git init ausführen
error-sync-detached = HEAD ist losgelöst (kein Branch ausgecheckt): zuerst einen Branch auschecken
error-sync-busy = In diesem Repository läuft ein { $what }: erst abschließen oder abbrechen
error-sync-push-refused = Das entfernte Repository hat den Push abgelehnt: { $detail }
error-sync-stopped = Angehalten; der Arbeitsbereich ist wie vor dem Zusammenführen
error-sync-not-chorus = { $path } ist nicht das Programm chorus, Git könnte damit nicht zusammenführen
error-edit-no-entry = Es gibt keine Nachricht und keinen Begriff „{ $id }“
error-edit-exists = „{ $id }“ gibt es schon
error-edit-no-attribute = „{ $id }“ hat kein Attribut „{ $attribute }“
error-edit-no-variant = „{ $id }“ hat keine Variante [{ $key }]
error-edit-invalid-id = „{ $id }“ ist keine gültige Kennung für eine Nachricht oder einen Begriff
error-edit-empty-value = Ein Wert darf nicht leer sein
error-edit-nothing-left = „{ $id }“ braucht einen Wert oder ein Attribut; entfernen Sie stattdessen die ganze Nachricht
error-edit-invalid = Kein gültiges Fluent: { $detail } (Zeile { $line }, Spalte { $column })
error-edit-changes-others = Die Änderung würde andere Nachrichten als „{ $id }“ ändern; nichts wurde geändert
error-draft-empty = Leer
error-draft-empty-variant = [{ $key }] ist leer
error-draft-value-first = Übersetzen Sie zuerst den Wert
error-draft-no-field = Dieses Feld gibt es nicht
error-draft-nothing = Nichts zu schreiben
export-lapsed = { $locale } wurde nicht exportiert: die Abzeichnung ist erloschen, als sich der Text änderte
export-error-no-statement = Es gibt keine Erklärung „{ $statement }“ in diesem Arbeitsbereich
export-error-not-a-locale = { $locale } gehört nicht zu den Sprachen von „{ $statement }“
export-error-no-locales = Keine Sprache zum Exportieren: wählen Sie eine oder mehrere
export-error-no-formats = Kein Format zum Exportieren: wählen Sie Text, HTML oder beides
export-error-folder = In { $path } kann nicht exportiert werden: { $reason }
export-error-stopped = Der Export wurde vor dem Ende angehalten
page-source-unreadable = { $path } konnte nicht gelesen werden ({ $reason }), daher fehlt der Ausgangstext
page-translation-unreadable = { $path } konnte nicht gelesen werden ({ $reason }), daher fehlt jede Übersetzung
page-file-missing = die Datei gibt es nicht
page-unresolved = „{ $message }“ würde { $shown } unaufgelöst zeigen: es steht weder in { $locale } noch im Ausgangstext
page-hides = „{ $message }“ enthält U+{ $code }, das Text verbirgt oder umordnet
change-deleted = Die Datei wurde gelöscht
change-not-utf8 = { $path }: kein UTF-8 in Zeile { $line }, Spalte { $column } (Byte { $offset })
change-statement-deleted = { $path }: die Erklärung wurde auf der Festplatte gelöscht; behalten Sie Ihre oder schließen Sie den Arbeitsbereich
change-unreadable = { $path }: { $reason }
change-unreadable-at = { $path }, Zeile { $line }, Spalte { $column }: { $reason }
change-statement-id = { $path }: die Kennung „{ $id }“ weicht vom Dateinamen „{ $file }“ ab
change-reviews-elsewhere = { $path }: diese Prüfungen gehören zu „{ $statement }“ in { $locale }
change-both = „{ $id }“ wurde hier und auf der Festplatte geändert: neu laden oder Ihre behalten
change-comments = Kommentare außerhalb von Nachrichten wurden hier geändert: neu laden oder Ihre behalten
change-review-both = Die Prüfung von „{ $id }“ wurde hier und auf der Festplatte geändert: neu laden oder Ihre behalten
change-signoff-both = Die Abzeichnung wurde hier und auf der Festplatte geändert: neu laden oder Ihre behalten
change-edit = „{ $id }“: { $reason }
change-not-mergeable = { $path }: nur Nachrichten- und Prüfungsdateien lassen sich Nachricht für Nachricht zusammenführen: neu laden oder Ihre behalten
change-not-in-workspace = { $path } gehört nicht zum Arbeitsbereich
error-create-exists = Es gibt schon eine Erklärung „{ $id }“
error-create-no-title = Die Erklärung braucht einen Titel
error-create-no-template = Es gibt keine Vorlage „{ $id }“
error-not-a-workspace = { $path } ist kein Chorus-Arbeitsbereich: es gibt keinen Ordner statements/
error-load-cancelled = Laden von { $path } wurde angehalten
error-load-stopped = Das Laden hat unerwartet aufgehört
problem-cannot-list = Dieser Ordner kann nicht aufgelistet werden: { $reason }
problem-cannot-read = Kann nicht gelesen werden: { $reason }
problem-cannot-follow-link = Dieser Verknüpfung kann nicht gefolgt werden: { $reason }
problem-not-utf8 = Kein UTF-8 bei Byte { $offset }; die Datei wurde nicht geladen
problem-statement-file-name = „{ $name }“ ist keine gültige Kennung einer Erklärung (a–z, 0–9 und „-“ verwenden)
problem-statement-id-differs = Die Kennung „{ $id }“ weicht vom Dateinamen „{ $file }“ ab
problem-not-a-locale-folder = Kein Sprachordner, übersprungen: { $reason }
problem-fluent = { $reason }
problem-reviews-not-a-folder = Kein Ordner: die Prüfungen einer Erklärung liegen in reviews/<Erklärung>/<Sprache>.ron; übersprungen
problem-reviews-folder-name = „{ $name }“ ist keine Kennung einer Erklärung; ihre Prüfungen wurden übersprungen
problem-reviews-file-name = „{ $name }“ ist keine Sprache; diese Prüfungen wurden übersprungen
problem-reviews-elsewhere = Diese Prüfungen gehören laut Inhalt zu „{ $said }“ in { $saidLocale }, die Datei aber zu „{ $statement }“ in { $locale }; übersprungen
problem-reviews = { $reason }; diese Prüfungen wurden nicht geladen
problem-no-source-messages = Ihre Ausgangsnachrichten { $path } gibt es nicht
problem-message-missing = Die Nachricht „{ $message }“ steht nicht in { $path }
problem-reviews-without-statement = Es gibt keine Erklärung „{ $statement }“ zu diesen Prüfungen; sie werden nicht verwendet
problem-reviews-other-locale = { $locale } gehört nicht zu den Sprachen von „{ $statement }“; diese Prüfungen werden nicht verwendet
problem-messages-without-statement = Es gibt keine Erklärung „{ $statement }“ (statements/{ $statement }.ron) zu diesen Nachrichten
problem-messages-other-locale = { $locale } gehört nicht zu den Sprachen von „{ $statement }“
problem-contact-differs = Die Variable contact ({ $variable }) ist nicht der Kontakt der Veröffentlichung ({ $field }), den $contact zeigt; entfernen Sie die Variable
error-ron-syntax = { $detail }
error-newer-format = Format { $format } ist neuer, als diese Chorus-Version liest ({ $known }): aktualisieren Sie Chorus
error-reviews-digest = Die Prüfsumme der Abzeichnung besteht nicht aus 64 Hexadezimalziffern
error-reviews-time = Die Zeit der Prüfung von „{ $id }“ ist keine UTC-Zeit in der Form JJJJ-MM-TTTHH:MM:SSZ: { $time }
error-signoff-time = Die Zeit der Abzeichnung ist keine UTC-Zeit in der Form JJJJ-MM-TTTHH:MM:SSZ: { $time }
error-date-form = „{ $text }“ ist kein Datum in der Form JJJJ-MM-TT
error-date-year-zero = { $text } ist kein Kalendertag: die Jahre beginnen bei 0001
error-date-no-day = { $text } ist kein Kalendertag
error-statement-none = Es gibt keine Erklärung { $statement }
error-statement-no-variable = Es gibt keine Variable { $name }
error-statement-wrong-kind = { $name } enthält { $kind ->
    [number] eine Zahl
    [date] ein Datum
    [list] eine Liste
   *[text] Text
}
error-statement-no-section = Es gibt keinen Abschnitt { $message }
error-statement-not-optional = Der Abschnitt { $message } ist nicht optional
error-statement-has-locale = { $statement } ist schon in { $locale }
error-statement-locale-twice = Die Sprache { $name } steht zweimal in der Liste
error-statement-variable-name = „{ $name }“ ist kein Variablenname in Fluent
error-statement-variable-twice = Die Variable { $name } ist zweimal definiert
error-statement-not-a-number = Die Variable { $name } ist { $value }, keine Zahl, die eine Erklärung zeigen kann
error-statement-message-id = „{ $name }“ ist keine Nachrichtenkennung in Fluent
error-statement-message-twice = Die Nachricht { $name } wird zweimal verwendet
error-statement-section-off = Der Abschnitt { $name } ist ausgeschaltet, aber nicht optional; markieren Sie ihn mit „optional: true“
error-step-lock = sein Ordner lässt sich nicht sperren: { $reason }
error-step-create-folder = sein Ordner lässt sich nicht anlegen: { $reason }
error-step-create-temporary = in seinem Ordner lässt sich keine temporäre Datei anlegen: { $reason }
error-step-write = das Schreiben ist fehlgeschlagen: { $reason }
error-step-keep-permissions = die Rechte der Datei lassen sich nicht erhalten: { $reason }
error-step-flush = das Schreiben auf die Festplatte ist fehlgeschlagen: { $reason }
error-step-replace = die Datei lässt sich nicht ersetzen: { $reason }
error-step-create = die Datei lässt sich nicht anlegen: { $reason }
error-io-not-found = es gibt sie nicht
error-io-permission = Zugriff verweigert
error-io-exists = sie ist schon vorhanden
error-io-full = die Festplatte ist voll
error-io-read-only = die Festplatte ist schreibgeschützt
error-io-other = { $detail }
error-storage-read = { $path } kann nicht gelesen werden: { $reason }
error-storage-conflict = { $path } wurde auf der Festplatte geändert, seit es geöffnet wurde; nichts wurde gespeichert (neu laden oder Ihre Fassung anderswo speichern)
error-storage-write = { $path } kann nicht gespeichert werden: { $reason }
signoff-not-reviewed = { $message }: nicht geprüft ({ $state })

## Sharing through git

command-share = Teilen…
command-share-tooltip = Speichern, dann die eigene Arbeit ans Git-Repository des Teams senden und die der anderen übernehmen, Nachricht für Nachricht zusammengeführt
share-title = Mit dem Team teilen
share-explained = Ihre gespeicherte Arbeit wird unter Ihrem Namen festgeschrieben, die des Teams Nachricht für Nachricht zusammengeführt und das Ergebnis gesendet. Sonst wird im Repository nichts angefasst.
share-name = Ihr Name
share-email = Ihre E-Mail
share-message = Was sich geändert hat
share-message-hint = Leer gelassen, wird es aus den Änderungen geschrieben („fr: translate 3 messages of …“)
share-button = Teilen
share-stop = Anhalten
status-sharing = Wird geteilt…
status-detached = losgelöster HEAD
status-repository = { $branch } · { $ahead } zu senden, { $behind } zu übernehmen · { $files ->
    [one] { $files } Datei nicht geteilt
   *[other] { $files } Dateien nicht geteilt
}
status-upstream = Folgt { $upstream }, Stand des letzten Teilens
status-no-upstream = Noch kein entfernter Branch: Teilen richtet einen ein
notice-shared = Geteilt: das entfernte Repository hat Ihre Arbeit{ $pulled ->
    [0] {""}
    [one] , und { $pulled } Commit anderer wurde übernommen
   *[other] , und { $pulled } Commits anderer wurden übernommen
}.
notice-not-shared = Noch nicht geteilt ({ $why }); Ihre Arbeit ist hier festgeschrieben und geht mit dem nächsten Teilen mit.
notice-share-conflicts = Nicht zusammengeführt: hier und von anderen verschieden geändert: { $messages }. Hier wurde nichts geändert; Ihre Arbeit ist festgeschrieben.
git-question-title = Git fragt
git-question-hint = Die Antwort geht nur für dieses Teilen an Git; Chorus speichert sie nirgends. Wo ein Passwort verlangt wird, geht auch ein Token Ihres Git-Hosts.
git-question-answer = Antworten
history-button = Verlauf
history-button-hint = Wer diese Nachricht wann und wie geändert hat, aus dem Git-Verlauf des Teams
history-title = Verlauf von { $id }
history-close = Schließen
history-failed = Der Verlauf konnte nicht gelesen werden
history-no-repository = Dieser Arbeitsbereich liegt in keinem Git-Repository: es gibt keinen Verlauf.
history-none = Noch kein Commit hat diese Nachricht geändert.
history-added = hinzugefügt
history-edited = geändert
history-moved = verschoben
history-removed = entfernt
history-restore = Diese Fassung wiederherstellen
conflicts-title = Klären, was auf beiden Seiten geändert wurde
conflicts-explained = Diese wurden hier und von anderen seit dem gemeinsamen Stand geändert, jeweils anders. Nichts wird zusammengeführt, bevor Sie wählen; Ihre Arbeit bleibt festgeschrieben.
conflicts-mine = Was Sie getan haben:
conflicts-theirs = Was andere getan haben:
conflicts-whole = Keine einzelne Nachricht: für die ganze Datei zu klären.
conflicts-keep-mine = Meine behalten
conflicts-take-theirs = Ihre übernehmen
conflicts-write = Selbst schreiben
conflicts-written = Die Nachricht, wie sie sein soll (Fluent):
conflicts-merge = Zusammenführen und teilen
conflicts-later = Später
command-open-from-url = Von URL öffnen…
command-open-from-url-tooltip = Das Git-Repository des Teams in einen Ordner klonen und öffnen
clone-title = Den Arbeitsbereich des Teams öffnen
clone-explained = Das Repository wird in den Ordner kopiert (geklont) und dann geöffnet. Teilen hält es danach mit dem Team abgestimmt.
clone-url = Adresse des Repositorys (https://… oder git@…)
clone-folder = Ordner dafür
clone-button = Klonen und öffnen
status-cloning = Wird geklont…
setup-title = Diesen Arbeitsbereich teilen
setup-explained = Er liegt noch in keinem Git-Repository. Chorus macht hier eines daraus; mit der Adresse des Team-Repositorys (ein leeres bei GitHub, GitLab, Codeberg …) sendet Teilen ihn dorthin.
setup-remote = Adresse des Team-Repositorys
setup-remote-hint = Leer gelassen, bleibt der Verlauf nur hier und kann später gesendet werden
setup-button = Zum Repository machen

### Die eigenen Texte des Fensters, auf Deutsch. Alle anderen Sprachen unter strings/ haben dieselben IDs.

## Menüs und Befehle

menu-file = Datei
menu-edit = Bearbeiten
menu-go = Gehe zu
menu-view = Ansicht
menu-language = Sprache
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
cell-missing = { $count } fehlen
cell-errors =
    { $count ->
        [one] { $count } Fehler
       *[other] { $count } Fehler
    }
cell-description = { $statement }, { $locale }: { $translated } von { $messages } übersetzt, { $missing } fehlen, { $obsolete } veraltet, { $errors } mit Fehlern
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

## Vorschau

preview-heading = Vorschau
preview-missing-hint = Noch nicht übersetzt: wird in der Quellsprache angezeigt.

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

## Anpassungsansicht

adapt-statement = Anpassen…
adapt-title = Anpassen: { $title }
adapt-locale = Sprache
translate-this = Diese Sprache übersetzen
adapt-variables = Variablen
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
invalid-date = Ungültiges Datum: einen existierenden Tag im Format YYYY-MM-DD eingeben.

## Öffnen eines Arbeitsbereichs, Einstellungen

command-open-workspace = Arbeitsbereich öffnen…
open-title = Arbeitsbereich öffnen
open-path = Ordner
open-button = Öffnen
open-browse = Durchsuchen…
open-recent = Zuletzt verwendete Arbeitsbereiche
open-no-dialog = Es wurde kein Ordner gewählt, oder diese Desktopumgebung hat keinen Ordnerdialog: Pfad stattdessen eingeben.
loading = { $path } wird geladen…
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

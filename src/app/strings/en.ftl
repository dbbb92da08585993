### The window's own words, in English. Every other language under strings/ has the same ids.

## Menus and commands

menu-file = File
menu-edit = Edit
menu-go = Go
menu-view = View
menu-language = Language
command-open-workspace-tooltip = Open another workspace: a folder of statements, locales and reviews
command-save-tooltip = Write every changed file (statements, translations, reviews)
command-export-tooltip = Write the shown statement’s signed-off languages as plain text and web pages
command-overview-tooltip = All statements and locales, with how far each is translated
command-quit-tooltip = Close Chorus, asking first about unsaved changes
command-undo-tooltip = Take back the last change (typing in one field is one step)
command-redo-tooltip = Make the change taken back again
command-copy-from-reference-tooltip = Fill the message with the reference’s text, in this language’s plural forms
command-find-tooltip = Look for text in ids, the reference and the translation
command-next-message-tooltip = Go to the next message
command-previous-message-tooltip = Go to the previous message
command-next-missing-tooltip = Go to the next message not yet translated
command-confirm-and-next-tooltip = Confirm this message (in review: approve it) and go to the next
command-toggle-preview-tooltip = Show or hide the statement as readers will see it
command-help-tooltip = Every keyboard shortcut
command-save = Save all
command-undo = Undo
command-redo = Redo
command-overview = Back to the overview
command-next-message = Next message
command-previous-message = Previous message
command-next-missing = Next missing message
command-confirm-and-next = Confirm and go to the next message
command-copy-from-reference = Copy from reference
command-find = Find
command-toggle-preview = Show or hide the preview
command-help = Keyboard shortcuts
command-quit = Quit
help-title = Keyboard shortcuts

## Overview

no-statements = This workspace has no statements yet.
column-locale = Locale
add-locale = Add locale…
new-statement = New statement from template…
adapt-statement-hint = Change the variables, sections and signatories, with a preview
cell-not-translated = not included
cell-source = source
cell-missing = { $count } to translate
cell-errors =
    { $count ->
        [one] { $count } error found
       *[other] { $count } errors found
    }
cell-description = { $statement }, { $locale }: { $translated } of { $messages } translated, { $missing } still to translate, { $obsolete } obsolete, errors the checks found: { $errors }, warnings: { $warnings }
add-locale-title = Add a locale
add-locale-tag = Language tag (BCP 47)
add-locale-hint = For example de, pt-BR, sr-Latn or zh-TW.
add-locale-spelling = Write it as { $canonical }.
add-locale-use = Use { $tag }
add-locale-invalid = “{ $tag }” is not a BCP 47 language tag.
add-locale-unknown = Chorus does not know this language's name: check the tag.
add-locale-rtl = Written right to left.
add-locale-statements = Translate these statements into it:
add-locale-has = { $title } (already there)
add-locale-add = Add
new-statement-title = New statement from a template
new-statement-template = Template
new-statement-name = Title
new-statement-id = Id (file name)
new-statement-no-title = The statement needs a title.
new-statement-bad-id = The id may use only a–z, 0–9 and “-”.
new-statement-exists = There is already a statement “{ $id }”.
new-statement-explain = Copies the template's variables, sections, signatories and every translation it has. The new files are saved at once.
new-statement-create = Create
notice-locale-added =
    { $statements ->
        [one] Added { $locale } to 1 statement. Save to keep it.
       *[other] Added { $locale } to { $statements } statements. Save to keep it.
    }
problems-heading = Problems ({ $count })

## Translate view

back-to-overview = ← Overview
reference-locale = Reference
filter-show = Show
filter-all = All
filter-missing = Missing
filter-errors = With errors
filter-changed = Changed since saving
search = Search
search-hint = ids, reference, translation
no-messages = No message matches.
no-reference = (not in the reference locale)
badge-missing = missing
badge-changed = changed
badge-error = not saved: see below
raw-toggle = FTL
raw-source = Fluent source
plural-examples = e.g. { $examples }
word-affiliation = a signatory's affiliation
word-country = a signatory's country
word-publisher = the publisher
word-hint = The organisers write it in the adapt view. Until it is translated, the page shows it as they wrote it. A sign-off does not cover it: like the signatories, it is theirs.

## Preview

preview-heading = Preview
preview-missing-hint = Not translated yet: shown in the source language.
preview-source-name-hint = A name in it is not translated yet: it is shown as the source has it (underlined). Translate the names (terms) first.

## Saving and closing

notice-nothing-to-save = Nothing to save.
status-saving = Saving { $done } of { $total }…
notice-save-stopped = Saving stopped unexpectedly; your changes are still unsaved. Try Ctrl+S again.
notice-save-failed =
    { $others ->
        [0] Not saved: { $error }
       *[other] Not saved: { $error } (and { $others } more files)
    }
notice-saved =
    { $files ->
        [one] Saved { $files } file.
       *[other] Saved { $files } files.
    }
status-unsaved =
    { $files ->
        [one] { $files } file not saved
       *[other] { $files } files not saved
    }
close-title = Unsaved changes
close-question =
    { $files ->
        [one] { $files } file has changes that are not saved. Save before closing?
       *[other] { $files } files have changes that are not saved. Save before closing?
    }
close-save = Save and close
close-discard = Close without saving
close-cancel = Cancel
title-overview = Overview
title-translate = Translate: { $title } · { $locale }
close-more-files = and { $count } more

## Adapt view

adapt-statement = Adapt…
adapt-title = Adapt: { $title }
adapt-locale = Locale
translate-this = Translate this locale
adapt-variables = Variables
adapt-lapses = { $count ->
    [one] Changing a variable or a section lapses the sign-off of { $languages }.
   *[other] Changing a variable or a section lapses the sign-offs of { $languages }.
}
adapt-no-lapse = The signatories and the publication details are the organisers’ own: changing them lapses no sign-off.
adapt-sections = Sections
adapt-always-shown = always shown
adapt-signatories = Signatories
signatory-name = Name
signatory-affiliation = Affiliation
signatory-country = Country
signatory-personal = Personal capacity
signatory-up = Move up
signatory-down = Move down
signatory-remove = Remove
signatory-add = Add a signatory
adapt-details = Publication
detail-publisher = Publisher
detail-contact = Contact
detail-date = Date (YYYY-MM-DD)
adapt-terms = Names in { $locale }
adapt-terms-hint = Terms: people, places and charges, with the forms the language's grammar needs.
invalid-number = Not a number: write digits, with a point for decimals.

## Opening a workspace, settings

command-open-workspace = Open workspace…
open-title = Open a workspace
open-path = Folder
open-button = Open
open-browse = Browse…
open-recent = Recent workspaces
open-no-dialog = No folder was chosen, or this desktop has no folder dialog: type the path instead.
loading = Loading { $path }…
overview-counting = Counting and checking…
loading-read = { $files } files read, { $megabytes } MB
loading-cancel = Cancel
notice-loading-cancelled = Stopped loading { $path }.
load-failed = Could not open { $path }: { $reason }
switch-title = Unsaved changes
switch-question = Save the changes to this workspace before opening another?
switch-save = Save and open
switch-discard = Open without saving
menu-theme = Theme
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
menu-text-size = Text size
text-smaller = Smaller
text-larger = Larger
text-reset = Default size

## Recovering unsaved edits

recovery-title = Unsaved edits were found
recovery-question =
    { $files ->
        [one] Chorus closed before { $files } changed file was saved. Restore the edits?
       *[other] Chorus closed before { $files } changed files were saved. Restore the edits?
    }
recovery-restore = Restore
recovery-discard = Discard them
notice-restored =
    { $files ->
        [one] Restored the edits of { $files } file; they are not saved yet.
       *[other] Restored the edits of { $files } files; they are not saved yet.
    }

## Checks (codes of `chorus check`, shown under fields and in the findings panel)

check-syntax-error = Fluent cannot read this: { $detail }
check-missing-message = Not translated yet
check-obsolete-message = Not in the reference: this message is no longer used
check-missing-file = The file is missing
check-obsolete-file = The reference has no such file
check-duplicate-id = Defined again: only the first definition is used
check-missing-value = The reference has a value; this has none
check-obsolete-value = This has a value; the reference has none
check-missing-attribute = Attribute .{ $name } is missing
check-obsolete-attribute = Attribute .{ $name } is not in the reference
check-duplicate-attribute = Attribute .{ $name } is defined again
check-duplicate-variant = Variant [{ $name }] is defined again
check-missing-message-reference = The reference uses message { $name }; this does not
check-obsolete-message-reference = Uses message { $name }, which the reference does not
check-missing-term-reference = The reference uses { $name } (here less often or not at all)
check-obsolete-term-reference = Uses { $name }, which the reference does not
check-missing-plural-category = Plural forms missing for { $locale }: { $categories }
check-replacement-character = U+FFFD REPLACEMENT CHARACTER: a character was lost in a conversion
check-unknown-variable = ${ $name } is not a variable of the reference: it will show as an error
check-missing-variable = ${ $name } of the reference is not used
check-number-mismatch = Numbers differ: the reference has { $expected }, this has { $found }
check-url-mismatch = Links differ: the reference has { $expected }, this has { $found }
check-email-mismatch = Addresses differ: the reference has { $expected }, this has { $found }
check-bidi-control =
    { $problem ->
        [override] { $character } shows the text in another order than it is stored in
        [unbalanced] { $character } is not closed or not opened
       *[other] { $character } does nothing in text without right-to-left letters
    }
check-control-character = { $character }: an invisible control character, which can hide text from a reviewer or act on a terminal
check-empty-translation = The translation is empty
check-unchanged-translation = Same as the reference: not translated yet?
check-length-ratio = { $ratio } times as long as the reference (usually { $usual })
check-more = (and { $more } more like it in this message)
check-none = none
findings-heading = Checks
findings-summary = errors: { $errors }, warnings: { $warnings }
findings-none = Nothing found: the checks are happy with this translation.
findings-missing = { $count ->
    [one] { $count } message still to translate
   *[other] { $count } messages still to translate
}
findings-missing-hint = Show only the messages not translated yet
findings-words = { $count ->
    [one] { $count } word around the text to translate
   *[other] { $count } words around the text to translate
}
findings-names-first = { $count ->
    [one] Translate the name first: { $names }
   *[other] Translate the names first: { $names }
}
findings-none-so-far = No error or warning in what is translated so far.
severity-error = Error
severity-warning = Warning

## Review and sign-off

review-open = Review…
review-open-hint = Approve or reject each translation, see what changed, and sign off
review-title = Review: { $title } · { $locale }
review-translate = Translate
review-count-reviewed = { $count } of { $messages } reviewed
review-count-waiting = { $count } to review
review-count-outdated = { $count } outdated
review-count-rejected = { $count } rejected
review-count-missing = { $count } missing
review-list-needing = Needing review
review-list-all = All messages
review-nothing-left = Nothing needs review.
state-missing = missing
state-outdated = outdated
state-rejected = rejected
state-translated = to review
state-reviewed = reviewed
review-rejected-by = Rejected by { $name } at { $time }: { $comment }
review-approved-by = Last approved by { $name } at { $time }
review-reference = Reference ({ $locale })
review-reference-changed = Changed since the translation was made or reviewed: struck-through words were removed, underlined words added.
review-reference-gone = The reference no longer has this message.
review-translation = Translation ({ $locale })
review-translation-changed = Changed since its last review: struck-through words were removed, underlined words added.
review-source-text = Text ({ $locale }): proofread it as readers will see it
review-source-changed = Changed since it was last approved: struck-through words were removed, underlined words added.
review-approve-all = Approve the whole text
review-approve-all-hint = Approve every message that needs it, as one step (Ctrl+Z takes it back)
review-approve = Approve
review-approve-hint = Ctrl+Enter: approve and go to the next message needing review
review-edit = Edit translation
review-reject = Reject…
review-reject-comment = What should the translator change?
review-reject-hint = The translator sees this under the message.
review-reject-confirm = Reject
review-previous = Previous
review-next = Next
reviewer-unknown = not set
reviewer-is = Reviewer: { $name }
reviewer-change = Change the name recorded with reviews
reviewer-ask-title = Who is reviewing?
reviewer-ask-explain = Your name is recorded with each approval, rejection and sign-off, and kept for next time.
reviewer-name = Your name
reviewer-save = Save
signoff-button = Sign off…
signoff-refused =
    { $count ->
        [one] One thing stands in the way of a sign-off:
       *[other] { $count } things stand in the way of a sign-off:
    }
signoff-current = Signed off by { $name } at { $time }
signoff-lapsed = Sign-off by { $name } lapsed: something it covers changed
signoff-none = Not signed off
signoff-title = Sign off in { $locale }
signoff-covers = The sign-off covers, and lapses when any of it changes:
signoff-covers-messages = { $count } messages and terms, each reviewed, and the { $reference } text they were checked against
signoff-covers-variables = Variables: { $list }
signoff-covers-sections = Sections shown: { $list }
signoff-not-covered = Not covered: the signatories ({ $count }) and the publication details (publisher, contact, date). They are the organisers’, so adding a name lapses no sign-off.
signoff-digest = SHA-256 { $digest }
signoff-note = Note (optional)
signoff-confirm = Sign off as { $name }
notice-signed-off = Signed off. Save to keep the sign-off.
filter-outdated = Outdated
filter-rejected = Rejected
cell-signed-off = signed off
cell-signoff-lapsed = sign-off lapsed
cell-signoff-none = not signed off
cell-outdated = { $count } outdated
cell-review-description = reviewed: { $reviewed }, outdated: { $outdated }, sign-off: { $signoff }

## Export
command-export = Export…
export-statement = Export…
export-statement-hint = Write the signed-off languages as plain text and web pages
export-title = Export “{ $title }”
export-locales = Languages
export-select-all = Select all
export-open-folder = Open the folder
export-drafts = Include languages not signed off, marked “DRAFT — not signed off”
export-format = Format:
export-format-both = Text and HTML
export-format-text = Plain text
export-format-html = HTML
export-folder = Folder
export-force = Replace files that are already there
export-run = Export
export-progress = { $done } of { $total } steps
export-cancel = Stop
export-cancelled = Stopped: the files listed were written, no others.
export-close = Close
export-nothing = Choose at least one language
export-no-folder = Type a folder, or choose one with Browse…
export-done = Wrote { $count } files to { $folder }:
export-exists = { $path } is already there and was kept (tick “Replace files that are already there” to replace it)
export-broken = { $locale } was not exported: { $problems }
export-incomplete = { $locale } was exported as a draft with something missing: { $problems }
export-not-signed = { $locale } was not exported: it is not signed off

## Files changed on disk by another program

outside-title = Changed on disk
outside-count = File { $n } of { $total }
outside-changed = { $path } was changed by another program.
outside-deleted = { $path } was deleted by another program.
outside-deleted-hint = Keep yours to write it again at the next save.
outside-mine = You have unsaved changes to this file.
outside-message-changed = changed on disk
outside-message-added = added on disk
outside-message-removed = removed on disk
outside-message-conflict = also changed here, differently
outside-no-message-changed = No message changed on disk, only comments or spacing.
outside-mine-only = Changed only here: { $ids }
outside-reload = Reload from disk
outside-reload-hint = Take the version on disk; your unsaved changes to this file are dropped
outside-keep = Keep mine
outside-keep-hint = The version on disk is saved beside the file, as { $path }; yours is written at the next save
outside-merge = Merge
outside-merge-hint = Take the messages changed on disk and keep the ones you changed
outside-merge-refused = “{ $id }” was changed on both sides: reload, or keep yours.
outside-merge-comments = Comments outside messages were changed here: reload, or keep yours.
outside-merge-not-fluent = Only message files merge message by message: reload, or keep yours.
outside-later = Decide later
outside-later-hint = Until you choose, this file is not saved
notice-reloaded = Reloaded { $files ->
    [one] a file
   *[other] { $files } files
} changed on disk: { $paths }
notice-merged = Merged { $path } with the version on disk; save to write it.
notice-kept = Kept yours; the version on disk is now { $path }. Save to write yours.
notice-kept-deleted = Kept yours; { $path } is written again at the next save.

## What the core explains (src/base/explain.rs): errors and problems, worded here from their ids.
## $reason is the cause, already worded in this language.

error-id-invalid = “{ $id }” is not a valid id: use lowercase letters a–z, digits and “-”
error-locale-invalid = “{ $tag }” is not a locale tag (for example en, pt-BR, zh-CN)
error-locale-spelling = The locale “{ $tag }” is written “{ $canonical }”
error-syntax = { $detail } (line { $line }, column { $column }); the text is kept as it is
error-syntax-too-deep = Nested more than { $depth } deep (line { $line }, column { $column }); the text is kept as it is
error-git-missing = git is not installed (or not on PATH): sharing needs it, and everything else works without it
error-git-failed = git { $command }: { $detail }
error-sync-no-repository = { $dir } is not in a git repository yet: clone the team’s repository, or run git init there
error-sync-detached = HEAD is detached (no branch is checked out): check out a branch first
error-sync-busy = A { $what } is in progress in this repository: finish it or abort it first
error-sync-push-refused = The remote refused the push: { $detail }
error-sync-stopped = Stopped; the workspace is as it was before the merge
error-sync-not-chorus = { $path } is not the chorus program, so git could not merge with it
error-edit-no-entry = There is no message or term “{ $id }”
error-edit-exists = “{ $id }” already exists
error-edit-no-attribute = “{ $id }” has no attribute “{ $attribute }”
error-edit-no-variant = “{ $id }” has no variant [{ $key }]
error-edit-invalid-id = “{ $id }” is not a valid message or term id
error-edit-empty-value = A value cannot be empty
error-edit-nothing-left = “{ $id }” needs a value or an attribute; remove the whole message instead
error-edit-invalid = The text is not valid Fluent: { $detail } (line { $line }, column { $column })
error-edit-changes-others = The edit would change messages other than “{ $id }”; nothing was changed
error-draft-empty = Empty
error-draft-empty-variant = [{ $key }] is empty
error-draft-value-first = Translate the value first
error-draft-no-field = There is no such field
error-draft-nothing = Nothing to write
export-lapsed = { $locale } was not exported: its sign-off lapsed when the text changed
export-error-no-statement = There is no statement “{ $statement }” in this workspace
export-error-not-a-locale = { $locale } is not among the locales of “{ $statement }”
export-error-no-locales = No language to export: choose one or more
export-error-no-formats = No format to export: choose text, HTML or both
export-error-folder = Cannot export into { $path }: { $reason }
export-error-stopped = The export stopped before it finished
page-source-unreadable = { $path } could not be read ({ $reason }), so the source text is missing
page-translation-unreadable = { $path } could not be read ({ $reason }), so every translation is missing
page-file-missing = it does not exist
page-unresolved = “{ $message }” would show { $shown } unresolved: it is in neither { $locale } nor the source
page-hides = “{ $message }” holds U+{ $code }, which hides or reorders text
change-deleted = The file was deleted
change-not-utf8 = { $path }: not UTF-8 at line { $line }, column { $column } (byte { $offset })
change-statement-deleted = { $path }: the statement was deleted on disk; keep yours, or close the workspace
change-unreadable = { $path }: { $reason }
change-unreadable-at = { $path }, line { $line }, column { $column }: { $reason }
change-statement-id = { $path }: the id “{ $id }” differs from the file name “{ $file }”
change-reviews-elsewhere = { $path }: these reviews are of “{ $statement }” in { $locale }
change-both = “{ $id }” was changed both here and on disk: reload, or keep yours
change-comments = Comments outside messages were changed here: reload, or keep yours
change-review-both = The review of “{ $id }” was changed both here and on disk: reload, or keep yours
change-signoff-both = The sign-off was changed both here and on disk: reload, or keep yours
change-edit = “{ $id }”: { $reason }
change-not-mergeable = { $path }: only message and review files merge message by message: reload, or keep yours
change-not-in-workspace = { $path } is not in the workspace
error-create-exists = There is already a statement “{ $id }”
error-create-no-title = The statement needs a title
error-create-no-template = There is no template “{ $id }”
error-not-a-workspace = { $path } is not a Chorus workspace: it has no statements/ folder
error-load-cancelled = Loading { $path } was stopped
error-load-stopped = Loading stopped unexpectedly
problem-cannot-list = Cannot list this folder: { $reason }
problem-cannot-read = Cannot read: { $reason }
problem-cannot-follow-link = Cannot follow this link: { $reason }
problem-not-utf8 = Not UTF-8 at byte { $offset }; the file was not loaded
problem-statement-file-name = “{ $name }” is not a valid statement id (use a–z, 0–9 and “-”)
problem-statement-id-differs = The id “{ $id }” differs from the file name “{ $file }”
problem-not-a-locale-folder = Not a language folder, skipped: { $reason }
problem-fluent = { $reason }
problem-reviews-not-a-folder = Not a folder: the reviews of a statement are kept in reviews/<statement>/<locale>.ron; skipped
problem-reviews-folder-name = “{ $name }” is not a statement id; its reviews were skipped
problem-reviews-file-name = “{ $name }” is not a locale; these reviews were skipped
problem-reviews-elsewhere = These reviews say they are of “{ $said }” in { $saidLocale }, but the file is for “{ $statement }” in { $locale }; skipped
problem-reviews = { $reason }; these reviews were not loaded
problem-no-source-messages = Its source messages { $path } do not exist
problem-message-missing = The message “{ $message }” is not in { $path }
problem-reviews-without-statement = There is no statement “{ $statement }” for these reviews; they are not used
problem-reviews-other-locale = { $locale } is not among the locales of “{ $statement }”; these reviews are not used
problem-messages-without-statement = There is no statement “{ $statement }” (statements/{ $statement }.ron) for these messages
problem-messages-other-locale = { $locale } is not among the locales of “{ $statement }”
problem-contact-differs = The variable contact ({ $variable }) is not the publication’s contact ({ $field }), which $contact shows; remove the variable
error-ron-syntax = { $detail }
error-newer-format = Format { $format } is newer than this Chorus reads ({ $known }): update Chorus
error-reviews-digest = The sign-off’s digest is not 64 hexadecimal digits
error-reviews-time = The time of the review of “{ $id }” is not a UTC time written YYYY-MM-DDTHH:MM:SSZ: { $time }
error-signoff-time = The time of the sign-off is not a UTC time written YYYY-MM-DDTHH:MM:SSZ: { $time }
error-date-form = “{ $text }” is not a date written YYYY-MM-DD
error-date-year-zero = { $text } is not a day of the calendar: years start at 0001
error-date-no-day = { $text } is not a day of the calendar
error-statement-none = There is no statement { $statement }
error-statement-no-variable = There is no variable { $name }
error-statement-wrong-kind = { $name } holds { $kind ->
    [number] a number
    [date] a date
    [list] a list
   *[text] text
}
error-statement-no-section = There is no section { $message }
error-statement-not-optional = The section { $message } is not optional
error-statement-has-locale = { $statement } is already in { $locale }
error-statement-locale-twice = The locale { $name } is listed twice
error-statement-variable-name = “{ $name }” is not a Fluent variable name
error-statement-variable-twice = The variable { $name } is defined twice
error-statement-not-a-number = The variable { $name } is { $value }, not a number a statement can show
error-statement-message-id = “{ $name }” is not a Fluent message id
error-statement-message-twice = The message { $name } is used twice
error-statement-section-off = The section { $name } is switched off but not optional; mark it “optional: true”
error-step-lock = cannot lock its folder: { $reason }
error-step-create-folder = cannot create its folder: { $reason }
error-step-create-temporary = cannot create a temporary file in its folder: { $reason }
error-step-write = writing failed: { $reason }
error-step-keep-permissions = cannot keep the file’s permissions: { $reason }
error-step-flush = writing to the disk failed: { $reason }
error-step-replace = cannot replace the file: { $reason }
error-step-create = cannot create the file: { $reason }
error-io-not-found = it does not exist
error-io-permission = permission denied
error-io-exists = it already exists
error-io-full = the disk is full
error-io-read-only = the disk is read-only
error-io-other = { $detail }
error-storage-read = Cannot read { $path }: { $reason }
error-storage-conflict = { $path } changed on disk since it was opened; nothing was saved (reload it, or save your version elsewhere)
error-storage-write = Cannot save { $path }: { $reason }
signoff-not-reviewed = { $message }: not reviewed ({ $state })

## Sharing through git

command-share = Share…
command-share-tooltip = Save, then send your work to the team’s git repository and bring in theirs, merged message by message
share-title = Share with the team
share-explained = Your saved work is committed under your name, the team’s is merged in message by message, and the result is sent. Nothing else in the repository is touched.
share-name = Your name
share-email = Your email
share-message = What changed
share-message-hint = Left empty, it is written from what changed (“fr: translate 3 messages of …”)
share-button = Share
share-stop = Stop
status-sharing = Sharing…
status-detached = detached HEAD
status-repository = { $branch } · { $ahead } to send, { $behind } to bring in · { $files ->
    [one] { $files } file not shared
   *[other] { $files } files not shared
}
status-upstream = Following { $upstream }, as of the last Share
status-no-upstream = No remote branch yet: Share sets one up
notice-shared = Shared: the remote has your work{ $pulled ->
    [0] {""}
    [one] , and { $pulled } commit of others was merged in
   *[other] , and { $pulled } commits of others were merged in
}.
notice-not-shared = Not shared yet ({ $why }); your work is committed here and goes with the next Share.
notice-share-conflicts = Not merged: changed differently here and by others: { $messages }. Nothing was changed here; your work is committed.
git-question-title = Git asks
git-question-hint = The answer goes to git for this Share only; Chorus keeps it nowhere. A token from your git host works where a password is asked for.
git-question-answer = Answer
history-button = History
history-button-hint = Who changed this message, when and how, from the team’s git history
history-title = History of { $id }
history-close = Close
history-failed = The history could not be read
history-no-repository = This workspace is not in a git repository: there is no history to show.
history-none = No commit has changed this message yet.
history-added = added
history-edited = changed
history-moved = moved
history-removed = removed
history-restore = Restore this version
conflicts-title = Settle what was changed on both sides
conflicts-explained = These were changed here and by others since you both started, each differently. Nothing is merged until you choose; your work stays committed.
conflicts-mine = What you did:
conflicts-theirs = What others did:
conflicts-whole = Not one message: settled for the whole file.
conflicts-keep-mine = Keep mine
conflicts-take-theirs = Take theirs
conflicts-write = Write it myself
conflicts-written = The message as it should be (Fluent):
conflicts-merge = Merge and share
conflicts-later = Later
command-open-from-url = Open from URL…
command-open-from-url-tooltip = Clone the team’s git repository into a folder and open it
clone-title = Open the team’s workspace
clone-explained = The repository is copied (cloned) into the folder, then opened. Share then keeps it in step with the team.
clone-url = Address of the repository (https://… or git@…)
clone-folder = Folder to put it in
clone-button = Clone and open
status-cloning = Cloning…
setup-title = Share this workspace
setup-explained = It is not in a git repository yet. Chorus makes it one here; with the address of the team’s repository (an empty one on GitHub, GitLab, Codeberg…), Share sends it there.
setup-remote = Address of the team’s repository
setup-remote-hint = Left empty, the history is kept here only, and can be sent later
setup-button = Make it a repository

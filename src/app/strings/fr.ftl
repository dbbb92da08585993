### Les textes propres à la fenêtre, en français. Toutes les autres langues de strings/ ont les mêmes identifiants.

## Menus et commandes

menu-file = Fichier
menu-edit = Édition
menu-go = Aller
menu-view = Affichage
menu-language = Langue
command-open-workspace-tooltip = Ouvrir un autre espace de travail : un dossier de déclarations, de langues et de relectures
command-save-tooltip = Écrire tous les fichiers modifiés (déclarations, traductions, relectures)
command-export-tooltip = Écrire les langues validées de la déclaration affichée en texte brut et en pages web
command-overview-tooltip = Toutes les déclarations et toutes les langues, avec l’avancement de chaque traduction
command-quit-tooltip = Fermer Chorus, en demandant d’abord quoi faire des modifications non enregistrées
command-undo-tooltip = Annuler la dernière modification (la saisie dans un champ compte pour une étape)
command-redo-tooltip = Refaire la modification annulée
command-copy-from-reference-tooltip = Remplir le message avec le texte de la référence, dans les formes du pluriel de cette langue
command-find-tooltip = Chercher du texte dans les identifiants, la référence et la traduction
command-next-message-tooltip = Aller au message suivant
command-previous-message-tooltip = Aller au message précédent
command-next-missing-tooltip = Aller au prochain message pas encore traduit
command-confirm-and-next-tooltip = Confirmer ce message (en relecture : l’approuver) et passer au suivant
command-toggle-preview-tooltip = Afficher ou masquer la déclaration telle que les lecteurs la verront
command-help-tooltip = Tous les raccourcis clavier
command-save = Tout enregistrer
command-undo = Annuler
command-redo = Rétablir
command-overview = Retour à la vue d’ensemble
command-next-message = Message suivant
command-previous-message = Message précédent
command-next-missing = Message non traduit suivant
command-confirm-and-next = Confirmer et passer au message suivant
command-copy-from-reference = Copier depuis la référence
command-find = Rechercher
command-toggle-preview = Afficher ou masquer l’aperçu
command-help = Raccourcis clavier
command-quit = Quitter
help-title = Raccourcis clavier

## Vue d’ensemble

no-statements = Cet espace de travail ne contient encore aucune déclaration.
column-locale = Langue
add-locale = Ajouter une langue…
new-statement = Nouvelle déclaration d'après un modèle…
adapt-statement-hint = Modifier les variables, sections et signataires, avec aperçu
cell-not-translated = non inclus
cell-source = source
cell-missing = { $count } à traduire
cell-errors =
    { $count ->
        [one] { $count } erreur trouvée
       *[other] { $count } erreurs trouvées
    }
cell-description = { $statement }, { $locale } : { $translated } sur { $messages } traduits, { $missing } encore à traduire, { $obsolete } obsolètes, erreurs trouvées par les vérifications : { $errors }, avertissements : { $warnings }
add-locale-title = Ajouter une langue
add-locale-tag = Étiquette de langue (BCP 47)
add-locale-hint = Par exemple de, pt-BR, sr-Latn ou zh-TW.
add-locale-spelling = S'écrit { $canonical }.
add-locale-use = Utiliser { $tag }
add-locale-invalid = « { $tag } » n'est pas une étiquette de langue BCP 47.
add-locale-unknown = Chorus ne connaît pas le nom de cette langue : vérifiez l'étiquette.
add-locale-rtl = S'écrit de droite à gauche.
add-locale-statements = Traduire dans cette langue les déclarations :
add-locale-has = { $title } (déjà présente)
add-locale-add = Ajouter
new-statement-title = Nouvelle déclaration d'après un modèle
new-statement-template = Modèle
new-statement-name = Titre
new-statement-id = Identifiant (nom du fichier)
new-statement-no-title = La déclaration doit avoir un titre.
new-statement-bad-id = L'identifiant n'admet que a–z, 0–9 et « - ».
new-statement-exists = Une déclaration « { $id } » existe déjà.
new-statement-explain = Copie les variables, sections, signataires et toutes les traductions du modèle. Les nouveaux fichiers sont enregistrés aussitôt.
new-statement-create = Créer
notice-locale-added =
    { $statements ->
        [one] { $locale } ajouté à 1 déclaration. Enregistrez pour le garder.
       *[other] { $locale } ajouté à { $statements } déclarations. Enregistrez pour le garder.
    }
problems-heading = Problèmes ({ $count })

## Vue de traduction

back-to-overview = ← Vue d’ensemble
reference-locale = Référence
filter-show = Afficher
filter-all = Tous
filter-missing = Non traduits
filter-errors = Avec erreurs
filter-changed = Modifiés depuis l’enregistrement
search = Rechercher
search-hint = identifiants, référence, traduction
no-messages = Aucun message ne correspond.
no-reference = (absent de la langue de référence)
badge-missing = non traduit
badge-changed = modifié
badge-error = non enregistré : voir ci-dessous
raw-toggle = FTL
raw-source = Source Fluent
plural-examples = p. ex. { $examples }
word-affiliation = l’organisation d’un signataire
word-country = le pays d’un signataire
word-publisher = l’éditeur
word-hint = Les organisateurs l’écrivent dans la vue « Adapter ». Tant qu’il n’est pas traduit, la page le montre tel qu’ils l’ont écrit. Une validation ne le couvre pas : comme les signataires, il relève d’eux.

## Aperçu

preview-heading = Aperçu
preview-missing-hint = Pas encore traduit : affiché dans la langue source.
preview-source-name-hint = Un nom n’y est pas encore traduit : il apparaît tel que dans la source (souligné). Traduisez d’abord les noms (termes).

## Enregistrement et fermeture

notice-nothing-to-save = Rien à enregistrer.
status-saving = Enregistrement : { $done } sur { $total }…
notice-save-stopped = L'enregistrement s'est arrêté de façon inattendue ; vos modifications ne sont toujours pas enregistrées. Réessayez Ctrl+S.
notice-save-failed =
    { $others ->
        [0] Non enregistré : { $error }
       *[other] Non enregistré : { $error } (et { $others } autres fichiers)
    }
notice-saved =
    { $files ->
        [one] { $files } fichier enregistré.
        [many] { $files } fichiers enregistrés.
       *[other] { $files } fichiers enregistrés.
    }
status-unsaved =
    { $files ->
        [one] { $files } fichier non enregistré
        [many] { $files } fichiers non enregistrés
       *[other] { $files } fichiers non enregistrés
    }
close-title = Modifications non enregistrées
close-question =
    { $files ->
        [one] { $files } fichier contient des modifications non enregistrées. Enregistrer avant de fermer ?
        [many] { $files } fichiers contiennent des modifications non enregistrées. Enregistrer avant de fermer ?
       *[other] { $files } fichiers contiennent des modifications non enregistrées. Enregistrer avant de fermer ?
    }
close-save = Enregistrer et fermer
close-discard = Fermer sans enregistrer
close-cancel = Annuler
title-overview = Vue d’ensemble
title-translate = Traduction : { $title } · { $locale }
close-more-files = et { $count } autres

## Vue d’adaptation

adapt-statement = Adapter…
adapt-title = Adapter : { $title }
adapt-locale = Langue
translate-this = Traduire cette langue
adapt-variables = Variables
adapt-lapses = { $count ->
    [one] Modifier une variable ou une section rend caduque la validation de { $languages }.
   *[other] Modifier une variable ou une section rend caduques les validations de { $languages }.
}
adapt-no-lapse = Les signataires et les informations de publication relèvent des organisateurs : les modifier ne rend aucune validation caduque.
adapt-sections = Sections
adapt-always-shown = toujours affichée
adapt-signatories = Signataires
signatory-name = Nom
signatory-affiliation = Affiliation
signatory-country = Pays
signatory-personal = À titre personnel
signatory-up = Déplacer vers le haut
signatory-down = Déplacer vers le bas
signatory-remove = Supprimer
signatory-add = Ajouter un signataire
adapt-details = Publication
detail-publisher = Éditeur
detail-contact = Contact
detail-date = Date (YYYY-MM-DD)
adapt-terms = Noms en { $locale }
adapt-terms-hint = Termes : personnes, lieux et chefs d’accusation, avec les formes qu’exige la grammaire de la langue.
invalid-number = Nombre invalide : saisissez des chiffres, avec un point pour les décimales.

## Ouverture d’un espace de travail, paramètres

command-open-workspace = Ouvrir un espace de travail…
open-title = Ouvrir un espace de travail
open-path = Dossier
open-button = Ouvrir
open-browse = Parcourir…
open-recent = Espaces de travail récents
open-no-dialog = Aucun dossier n’a été choisi, ou ce bureau n’a pas de sélecteur de dossier : saisissez plutôt le chemin.
loading = Chargement de { $path }…
overview-counting = Comptage et vérification…
loading-read = { $files } fichiers lus, { $megabytes } Mo
loading-cancel = Annuler
notice-loading-cancelled = Chargement de { $path } arrêté.
load-failed = Impossible d’ouvrir { $path } : { $reason }
switch-title = Modifications non enregistrées
switch-question = Enregistrer les modifications de cet espace de travail avant d’en ouvrir un autre ?
switch-save = Enregistrer et ouvrir
switch-discard = Ouvrir sans enregistrer
menu-theme = Thème
theme-system = Suivre le système
theme-light = Clair
theme-dark = Sombre
menu-text-size = Taille du texte
text-smaller = Plus petit
text-larger = Plus grand
text-reset = Taille par défaut

## Récupération des modifications non enregistrées

recovery-title = Des modifications non enregistrées ont été retrouvées
recovery-question =
    { $files ->
        [one] Chorus s’est fermé avant que { $files } fichier modifié soit enregistré. Restaurer les modifications ?
        [many] Chorus s’est fermé avant que { $files } fichiers modifiés soient enregistrés. Restaurer les modifications ?
       *[other] Chorus s’est fermé avant que { $files } fichiers modifiés soient enregistrés. Restaurer les modifications ?
    }
recovery-restore = Restaurer
recovery-discard = Les abandonner
notice-restored =
    { $files ->
        [one] Les modifications de { $files } fichier ont été restaurées ; elles ne sont pas encore enregistrées.
        [many] Les modifications de { $files } fichiers ont été restaurées ; elles ne sont pas encore enregistrées.
       *[other] Les modifications de { $files } fichiers ont été restaurées ; elles ne sont pas encore enregistrées.
    }

## Vérifications (codes de `chorus check`, sous les champs et dans le panneau des remarques)

check-syntax-error = Fluent ne peut pas lire ceci : { $detail }
check-missing-message = Pas encore traduit
check-obsolete-message = Absent de la référence : ce message n’est plus utilisé
check-missing-file = Le fichier manque
check-obsolete-file = La référence n’a pas ce fichier
check-duplicate-id = Défini une seconde fois : seule la première définition compte
check-missing-value = La référence a une valeur ; ceci n’en a pas
check-obsolete-value = Ceci a une valeur ; la référence n’en a pas
check-missing-attribute = L’attribut .{ $name } manque
check-obsolete-attribute = L’attribut .{ $name } n’est pas dans la référence
check-duplicate-attribute = L’attribut .{ $name } est défini une seconde fois
check-duplicate-variant = La variante [{ $name }] est définie une seconde fois
check-missing-message-reference = La référence utilise le message { $name } ; ceci non
check-obsolete-message-reference = Utilise le message { $name }, que la référence n’utilise pas
check-missing-term-reference = La référence utilise { $name } (ici moins souvent ou pas du tout)
check-obsolete-term-reference = Utilise { $name }, que la référence n’utilise pas
check-missing-plural-category = Formes du pluriel manquantes pour { $locale } : { $categories }
check-replacement-character = U+FFFD (caractère de remplacement) : un caractère a été perdu lors d’une conversion
check-unknown-variable = ${ $name } n’est pas une variable de la référence : une erreur s’affichera à sa place
check-missing-variable = ${ $name } de la référence n’est pas utilisée
check-number-mismatch = Les nombres diffèrent : la référence a { $expected }, ceci { $found }
check-url-mismatch = Les liens diffèrent : la référence a { $expected }, ceci { $found }
check-email-mismatch = Les adresses diffèrent : la référence a { $expected }, ceci { $found }
check-bidi-control =
    { $problem ->
        [override] { $character } affiche le texte dans un autre ordre que celui où il est enregistré
        [unbalanced] { $character } n’est pas fermé ou pas ouvert
       *[other] { $character } ne sert à rien dans un texte sans lettres écrites de droite à gauche
    }
check-control-character = { $character } : un caractère de contrôle invisible, qui peut cacher du texte à la relecture ou agir sur un terminal
check-empty-translation = La traduction est vide
check-unchanged-translation = Identique à la référence : pas encore traduit ?
check-length-ratio = { $ratio } fois la longueur de la référence (d’habitude { $usual })
check-more = (et { $more } autres du même genre dans ce message)
check-none = aucun
findings-heading = Vérifications
findings-summary = erreurs : { $errors }, avertissements : { $warnings }
findings-none = Rien à signaler : les vérifications sont satisfaites.
findings-missing = { $count ->
    [one] { $count } message encore à traduire
   *[other] { $count } messages encore à traduire
}
findings-missing-hint = N’afficher que les messages pas encore traduits
findings-words = { $count ->
    [one] { $count } mention autour du texte à traduire
   *[other] { $count } mentions autour du texte à traduire
}
findings-names-first = { $count ->
    [one] Traduisez d’abord le nom : { $names }
   *[other] Traduisez d’abord les noms : { $names }
}
findings-none-so-far = Aucune erreur ni aucun avertissement dans ce qui est traduit jusqu’ici.
severity-error = Erreur
severity-warning = Avertissement

## Review and sign-off

review-open = Relire…
review-open-hint = Approuver ou refuser chaque traduction, voir ce qui a changé et valider
review-title = Relecture : { $title } · { $locale }
review-translate = Traduire
review-count-reviewed = { $count } sur { $messages } relus
review-count-waiting = { $count } à relire
review-count-outdated = { $count } périmés
review-count-rejected = { $count } refusés
review-count-missing = { $count } manquants
review-list-needing = À relire
review-list-all = Tous les messages
review-nothing-left = Plus rien à relire.
state-missing = manquant
state-outdated = périmé
state-rejected = refusé
state-translated = à relire
state-reviewed = relu
review-rejected-by = Refusé par { $name } le { $time } : { $comment }
review-approved-by = Dernière approbation par { $name } le { $time }
review-reference = Référence ({ $locale })
review-reference-changed = Modifiée depuis la traduction ou la relecture : le texte barré a été retiré, le texte souligné ajouté.
review-reference-gone = La référence n’a plus ce message.
review-translation = Traduction ({ $locale })
review-translation-changed = Modifiée depuis la dernière relecture : le texte barré a été retiré, le texte souligné ajouté.
review-source-text = Texte ({ $locale }) : relisez-le comme les lecteurs le verront
review-source-changed = Modifié depuis sa dernière approbation : les mots barrés ont été supprimés, les mots soulignés ajoutés.
review-approve-all = Approuver tout le texte
review-approve-all-hint = Approuver chaque message qui le demande, en une étape (Ctrl+Z l’annule)
review-approve = Approuver
review-approve-hint = Ctrl+Entrée : approuver et passer au message suivant à relire
review-edit = Modifier la traduction
review-reject = Refuser…
review-reject-comment = Que doit changer la personne qui traduit ?
review-reject-hint = Elle le verra sous le message.
review-reject-confirm = Refuser
review-previous = Précédent
review-next = Suivant
reviewer-unknown = non renseigné
reviewer-is = Relecture : { $name }
reviewer-change = Changer le nom enregistré avec les relectures
reviewer-ask-title = Qui relit ?
reviewer-ask-explain = Votre nom est enregistré avec chaque approbation, refus et validation, et conservé pour la prochaine fois.
reviewer-name = Votre nom
reviewer-save = Enregistrer
signoff-button = Valider…
signoff-refused =
    { $count ->
        [one] Une chose empêche la validation :
       *[other] { $count } choses empêchent la validation :
    }
signoff-current = Validé par { $name } le { $time }
signoff-lapsed = La validation de { $name } est caduque : ce qu’elle couvre a changé
signoff-none = Non validé
signoff-title = Valider en { $locale }
signoff-covers = La validation couvre ce qui suit et devient caduque au moindre changement :
signoff-covers-messages = { $count } messages et termes, tous relus, et le texte { $reference } auquel ils ont été comparés
signoff-covers-variables = Variables : { $list }
signoff-covers-sections = Sections affichées : { $list }
signoff-not-covered = Non couverts : les signataires ({ $count }) et les informations de publication (éditeur, contact, date). Ils relèvent des organisateurs : ajouter un nom ne rend aucune validation caduque.
signoff-digest = SHA-256 { $digest }
signoff-note = Note (facultative)
signoff-confirm = Valider en tant que { $name }
notice-signed-off = Validé. Enregistrez pour conserver la validation.
filter-outdated = Périmés
filter-rejected = Refusés
cell-signed-off = validé
cell-signoff-lapsed = validation caduque
cell-signoff-none = non validé
cell-outdated = { $count } périmés
cell-review-description = relus : { $reviewed }, périmés : { $outdated }, validation : { $signoff }

## Export
command-export = Exporter…
export-statement = Exporter…
export-statement-hint = Écrire les langues validées en texte et en pages web
export-title = Exporter « { $title } »
export-locales = Langues
export-select-all = Tout sélectionner
export-open-folder = Ouvrir le dossier
export-drafts = Inclure les langues non validées, marquées « DRAFT — not signed off »
export-format = Format :
export-format-both = Texte et HTML
export-format-text = Texte brut
export-format-html = HTML
export-folder = Dossier
export-force = Remplacer les fichiers déjà présents
export-run = Exporter
export-progress = Étape { $done } sur { $total }
export-cancel = Arrêter
export-cancelled = Arrêté : les fichiers listés ont été écrits, aucun autre.
export-close = Fermer
export-nothing = Choisissez au moins une langue
export-no-folder = Saisissez un dossier ou choisissez-le avec Parcourir…
export-done = { $count } fichiers écrits dans { $folder } :
export-exists = { $path } existe déjà et a été conservé (cochez « Remplacer les fichiers déjà présents » pour le remplacer)
export-broken = { $locale } n’a pas été exporté : { $problems }
export-incomplete = { $locale } a été exporté comme brouillon, et il y manque quelque chose : { $problems }
export-not-signed = { $locale } n’a pas été exporté : pas validé

## Fichiers modifiés sur le disque par un autre programme

outside-title = Modifié sur le disque
outside-count = Fichier { $n } sur { $total }
outside-changed = { $path } a été modifié par un autre programme.
outside-deleted = { $path } a été supprimé par un autre programme.
outside-deleted-hint = Gardez votre version pour l’écrire de nouveau au prochain enregistrement.
outside-mine = Vous avez des modifications non enregistrées dans ce fichier.
outside-message-changed = modifié sur le disque
outside-message-added = ajouté sur le disque
outside-message-removed = supprimé sur le disque
outside-message-conflict = modifié ici aussi, autrement
outside-no-message-changed = Aucun message n’a changé sur le disque, seulement des commentaires ou des espaces.
outside-mine-only = Modifiés seulement ici : { $ids }
outside-reload = Recharger depuis le disque
outside-reload-hint = Prendre la version du disque ; vos modifications non enregistrées de ce fichier sont abandonnées
outside-keep = Garder la mienne
outside-keep-hint = La version du disque est enregistrée à côté du fichier, sous { $path } ; la vôtre est écrite au prochain enregistrement
outside-merge = Fusionner
outside-merge-hint = Prendre les messages modifiés sur le disque et garder ceux que vous avez modifiés
outside-merge-refused = « { $id } » a été modifié des deux côtés : rechargez, ou gardez votre version.
outside-merge-comments = Des commentaires hors des messages ont été modifiés ici : rechargez, ou gardez votre version.
outside-merge-not-fluent = Seuls les fichiers de messages se fusionnent message par message : rechargez, ou gardez votre version.
outside-later = Décider plus tard
outside-later-hint = Tant que vous n’avez pas choisi, ce fichier n’est pas enregistré
notice-reloaded = { $files ->
    [one] Un fichier modifié sur le disque a été rechargé
   *[other] { $files } fichiers modifiés sur le disque ont été rechargés
 } : { $paths }
notice-merged = { $path } a été fusionné avec la version du disque ; enregistrez pour l’écrire.
notice-kept = Votre version est gardée ; celle du disque est maintenant { $path }. Enregistrez pour écrire la vôtre.
notice-kept-deleted = Votre version est gardée ; { $path } sera écrit de nouveau au prochain enregistrement.

## Ce que le cœur explique (src/base/explain.rs) : erreurs et problèmes, formulés ici d’après leur identifiant.
## $reason est la cause, déjà formulée dans cette langue.

error-id-invalid = « { $id } » n’est pas un identifiant valide : utilisez des minuscules a–z, des chiffres et « - »
error-locale-invalid = « { $tag } » n’est pas un code de langue (par exemple en, pt-BR, zh-CN)
error-locale-spelling = La langue « { $tag } » s’écrit « { $canonical } »
error-syntax = { $detail } (ligne { $line }, colonne { $column }) ; le texte est gardé tel quel
error-syntax-too-deep = Imbriqué sur plus de { $depth } niveaux (ligne { $line }, colonne { $column }) ; le texte est gardé tel quel
error-git-missing = git n’est pas installé (ou pas dans le PATH) : le partage en a besoin, tout le reste fonctionne sans
error-git-failed = git { $command } : { $detail }
error-sync-no-repository = { $dir } n’est pas encore dans un dépôt git : clonez le dépôt de l’équipe, ou lancez git init dans ce dossier
error-sync-detached = HEAD est détachée (aucune branche n’est extraite) : extrayez d’abord une branche
error-sync-busy = Un { $what } est en cours dans ce dépôt : terminez-le ou annulez-le d’abord
error-sync-push-refused = Le dépôt distant a refusé l’envoi : { $detail }
error-sync-stopped = Arrêté ; l’espace de travail est tel qu’avant la fusion
error-sync-not-chorus = { $path } n’est pas le programme chorus : git ne pourrait pas fusionner avec
error-edit-no-entry = Il n’y a pas de message ni de terme « { $id } »
error-edit-exists = « { $id } » existe déjà
error-edit-no-attribute = « { $id } » n’a pas d’attribut « { $attribute } »
error-edit-no-variant = « { $id } » n’a pas de variante [{ $key }]
error-edit-invalid-id = « { $id } » n’est pas un identifiant valide de message ou de terme
error-edit-empty-value = Une valeur ne peut pas être vide
error-edit-nothing-left = « { $id } » a besoin d’une valeur ou d’un attribut ; supprimez plutôt le message entier
error-edit-invalid = Fluent non valide : { $detail } (ligne { $line }, colonne { $column })
error-edit-changes-others = La modification changerait d’autres messages que « { $id } » ; rien n’a été modifié
error-draft-empty = Vide
error-draft-empty-variant = [{ $key }] est vide
error-draft-value-first = Traduisez d’abord la valeur
error-draft-no-field = Ce champ n’existe pas
error-draft-nothing = Rien à écrire
export-lapsed = { $locale } n’a pas été exporté : sa validation est caduque depuis que le texte a changé
export-error-no-statement = Il n’y a pas de déclaration « { $statement } » dans cet espace de travail
export-error-not-a-locale = { $locale } ne fait pas partie des langues de « { $statement } »
export-error-no-locales = Aucune langue à exporter : choisissez-en une ou plusieurs
export-error-no-formats = Aucun format à exporter : choisissez texte, HTML ou les deux
export-error-folder = Impossible d’exporter dans { $path } : { $reason }
export-error-stopped = L’export s’est arrêté avant la fin
page-source-unreadable = { $path } n’a pas pu être lu ({ $reason }) : le texte source manque
page-translation-unreadable = { $path } n’a pas pu être lu ({ $reason }) : toute la traduction manque
page-file-missing = il n’existe pas
page-unresolved = « { $message } » afficherait { $shown } non résolu : il n’est ni en { $locale } ni dans la source
page-hides = « { $message } » contient U+{ $code }, qui masque ou réordonne le texte
change-deleted = Le fichier a été supprimé
change-not-utf8 = { $path } : pas de l’UTF-8 à la ligne { $line }, colonne { $column } (octet { $offset })
change-statement-deleted = { $path } : la déclaration a été supprimée sur le disque ; gardez votre version, ou fermez l’espace de travail
change-unreadable = { $path } : { $reason }
change-unreadable-at = { $path }, ligne { $line }, colonne { $column } : { $reason }
change-statement-id = { $path } : l’identifiant « { $id } » diffère du nom de fichier « { $file } »
change-reviews-elsewhere = { $path } : ces relectures sont celles de « { $statement } » en { $locale }
change-both = « { $id } » a été modifié ici et sur le disque : rechargez, ou gardez votre version
change-comments = Des commentaires hors des messages ont été modifiés ici : rechargez, ou gardez votre version
change-review-both = La relecture de « { $id } » a été modifiée ici et sur le disque : rechargez, ou gardez votre version
change-signoff-both = La validation a été modifiée ici et sur le disque : rechargez, ou gardez votre version
change-edit = « { $id } » : { $reason }
change-not-mergeable = { $path } : seuls les fichiers de messages et de relectures se fusionnent message par message : rechargez, ou gardez votre version
change-not-in-workspace = { $path } ne fait pas partie de l’espace de travail
error-create-exists = Une déclaration « { $id } » existe déjà
error-create-no-title = La déclaration a besoin d’un titre
error-create-no-template = Il n’y a pas de modèle « { $id } »
error-not-a-workspace = { $path } n’est pas un espace de travail Chorus : il n’a pas de dossier statements/
error-load-cancelled = Le chargement de { $path } a été arrêté
error-load-stopped = Le chargement s’est arrêté de façon inattendue
problem-cannot-list = Impossible de lister ce dossier : { $reason }
problem-cannot-read = Lecture impossible : { $reason }
problem-cannot-follow-link = Impossible de suivre ce lien : { $reason }
problem-not-utf8 = Pas de l’UTF-8 à l’octet { $offset } ; le fichier n’a pas été chargé
problem-statement-file-name = « { $name } » n’est pas un identifiant de déclaration valide (utilisez a–z, 0–9 et « - »)
problem-statement-id-differs = L’identifiant « { $id } » diffère du nom de fichier « { $file } »
problem-not-a-locale-folder = Pas un dossier de langue, ignoré : { $reason }
problem-fluent = { $reason }
problem-reviews-not-a-folder = Pas un dossier : les relectures d’une déclaration sont rangées dans reviews/<déclaration>/<langue>.ron ; ignoré
problem-reviews-folder-name = « { $name } » n’est pas un identifiant de déclaration ; ses relectures ont été ignorées
problem-reviews-file-name = « { $name } » n’est pas une langue ; ces relectures ont été ignorées
problem-reviews-elsewhere = Ces relectures disent être celles de « { $said } » en { $saidLocale }, mais le fichier est celui de « { $statement } » en { $locale } ; ignoré
problem-reviews = { $reason } ; ces relectures n’ont pas été chargées
problem-no-source-messages = Ses messages source { $path } n’existent pas
problem-message-missing = Le message « { $message } » n’est pas dans { $path }
problem-reviews-without-statement = Il n’y a pas de déclaration « { $statement } » pour ces relectures ; elles ne servent pas
problem-reviews-other-locale = { $locale } ne fait pas partie des langues de « { $statement } » ; ces relectures ne servent pas
problem-messages-without-statement = Il n’y a pas de déclaration « { $statement } » (statements/{ $statement }.ron) pour ces messages
problem-messages-other-locale = { $locale } ne fait pas partie des langues de « { $statement } »
problem-contact-differs = La variable contact ({ $variable }) n’est pas le contact de la publication ({ $field }), que montre $contact ; supprimez la variable
error-ron-syntax = { $detail }
error-newer-format = Le format { $format } est plus récent que ce que lit cette version de Chorus ({ $known }) : mettez Chorus à jour
error-reviews-digest = L’empreinte de la validation ne compte pas 64 chiffres hexadécimaux
error-reviews-time = L’heure de la relecture de « { $id } » n’est pas une heure UTC écrite AAAA-MM-JJTHH:MM:SSZ : { $time }
error-signoff-time = L’heure de la validation n’est pas une heure UTC écrite AAAA-MM-JJTHH:MM:SSZ : { $time }
error-date-form = « { $text } » n’est pas une date écrite AAAA-MM-JJ
error-date-year-zero = { $text } n’est pas un jour du calendrier : les années commencent à 0001
error-date-no-day = { $text } n’est pas un jour du calendrier
error-statement-none = Il n’y a pas de déclaration { $statement }
error-statement-no-variable = Il n’y a pas de variable { $name }
error-statement-wrong-kind = { $name } contient { $kind ->
    [number] un nombre
    [date] une date
    [list] une liste
   *[text] du texte
}
error-statement-no-section = Il n’y a pas de section { $message }
error-statement-not-optional = La section { $message } n’est pas facultative
error-statement-has-locale = { $statement } existe déjà en { $locale }
error-statement-locale-twice = La langue { $name } figure deux fois dans la liste
error-statement-variable-name = « { $name } » n’est pas un nom de variable Fluent
error-statement-variable-twice = La variable { $name } est définie deux fois
error-statement-not-a-number = La variable { $name } vaut { $value }, ce qui n’est pas un nombre qu’une déclaration peut afficher
error-statement-message-id = « { $name } » n’est pas un identifiant de message Fluent
error-statement-message-twice = Le message { $name } est utilisé deux fois
error-statement-section-off = La section { $name } est désactivée mais n’est pas facultative ; marquez-la « optional: true »
error-step-lock = impossible de verrouiller son dossier : { $reason }
error-step-create-folder = impossible de créer son dossier : { $reason }
error-step-create-temporary = impossible de créer un fichier temporaire dans son dossier : { $reason }
error-step-write = l’écriture a échoué : { $reason }
error-step-keep-permissions = impossible de garder les droits du fichier : { $reason }
error-step-flush = l’écriture sur le disque a échoué : { $reason }
error-step-replace = impossible de remplacer le fichier : { $reason }
error-step-create = impossible de créer le fichier : { $reason }
error-io-not-found = il n’existe pas
error-io-permission = accès refusé
error-io-exists = il existe déjà
error-io-full = le disque est plein
error-io-read-only = le disque est en lecture seule
error-io-other = { $detail }
error-storage-read = Impossible de lire { $path } : { $reason }
error-storage-conflict = { $path } a changé sur le disque depuis son ouverture ; rien n’a été enregistré (rechargez-le, ou enregistrez votre version ailleurs)
error-storage-write = Impossible d’enregistrer { $path } : { $reason }
signoff-not-reviewed = { $message } : pas relu ({ $state })

## Sharing through git

command-share = Partager…
command-share-tooltip = Enregistrer, puis envoyer votre travail au dépôt git de l’équipe et récupérer le sien, fusionné message par message
share-title = Partager avec l’équipe
share-explained = Votre travail enregistré est validé à votre nom, celui de l’équipe est fusionné message par message, et le résultat est envoyé. Rien d’autre n’est touché dans le dépôt.
share-name = Votre nom
share-email = Votre e-mail
share-message = Ce qui a changé
share-message-hint = Laissé vide, il est écrit d’après les changements (« fr: translate 3 messages of … »)
share-button = Partager
share-stop = Arrêter
status-sharing = Partage…
status-detached = HEAD détachée
status-repository = { $branch } · { $ahead } à envoyer, { $behind } à récupérer · { $files ->
    [one] { $files } fichier non partagé
   *[other] { $files } fichiers non partagés
}
status-upstream = Suit { $upstream }, au dernier partage
status-no-upstream = Pas encore de branche distante : Partager en crée une
notice-shared = Partagé : le dépôt distant a votre travail{ $pulled ->
    [0] {""}
    [one] , et { $pulled } commit des autres a été fusionné
   *[other] , et { $pulled } commits des autres ont été fusionnés
}.
notice-not-shared = Pas encore partagé ({ $why }) ; votre travail est validé ici et partira au prochain partage.
notice-share-conflicts = Non fusionné : modifié différemment ici et par d’autres : { $messages }. Rien n’a changé ici ; votre travail est validé.
git-question-title = Git demande
git-question-hint = La réponse va à git pour ce partage seulement ; Chorus ne la garde nulle part. Là où un mot de passe est demandé, un jeton de votre hébergeur git convient.
git-question-answer = Répondre
history-button = Historique
history-button-hint = Qui a modifié ce message, quand et comment, d’après l’historique git de l’équipe
history-title = Historique de { $id }
history-close = Fermer
history-failed = L’historique n’a pas pu être lu
history-no-repository = Cet espace de travail n’est pas dans un dépôt git : il n’y a pas d’historique.
history-none = Aucun commit n’a encore modifié ce message.
history-added = ajouté
history-edited = modifié
history-moved = déplacé
history-removed = supprimé
history-restore = Rétablir cette version
conflicts-title = Régler ce qui a été modifié des deux côtés
conflicts-explained = Ces éléments ont été modifiés ici et par d’autres depuis votre point de départ commun, chacun différemment. Rien n’est fusionné avant votre choix ; votre travail reste validé.
conflicts-mine = Ce que vous avez fait :
conflicts-theirs = Ce que les autres ont fait :
conflicts-whole = Pas un message seul : à régler pour tout le fichier.
conflicts-keep-mine = Garder le mien
conflicts-take-theirs = Prendre le leur
conflicts-write = L’écrire moi-même
conflicts-written = Le message tel qu’il doit être (Fluent) :
conflicts-merge = Fusionner et partager
conflicts-later = Plus tard
command-open-from-url = Ouvrir depuis une URL…
command-open-from-url-tooltip = Cloner le dépôt git de l’équipe dans un dossier et l’ouvrir
clone-title = Ouvrir l’espace de travail de l’équipe
clone-explained = Le dépôt est copié (cloné) dans le dossier, puis ouvert. Partager le tient ensuite à jour avec l’équipe.
clone-url = Adresse du dépôt (https://… ou git@…)
clone-folder = Dossier où le mettre
clone-button = Cloner et ouvrir
status-cloning = Clonage…
setup-title = Partager cet espace de travail
setup-explained = Il n’est pas encore dans un dépôt git. Chorus en crée un ici ; avec l’adresse du dépôt de l’équipe (un dépôt vide sur GitHub, GitLab, Codeberg…), Partager l’y envoie.
setup-remote = Adresse du dépôt de l’équipe
setup-remote-hint = Laissée vide, l’historique reste ici seulement et pourra être envoyé plus tard
setup-button = En faire un dépôt

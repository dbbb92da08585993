### Boris Kagarlitsky, festgenommen am 25. Juli 2023. Angepasst aus release-detained-activist.

-person = Boris Kagarlitsky
-person-description = Soziologe, Redakteur des Onlinemagazins Rabkor und Direktor des Instituts für Globalisierungsforschung und soziale Bewegungen (IGSO)
-detention-place = Syktywkar in der Republik Komi
-charge = „Rechtfertigung von Terrorismus“
-fsb = FSB

headline = Freiheit für Boris Kagarlitsky – jetzt!
    .short = Freiheit für Kagarlitsky
demand = Wir fordern die sofortige und bedingungslose Freilassung von { -person } sowie die Einstellung sämtlicher Anklagen gegen ihn.
arrest = Am { DATETIME($arrest-date, dateStyle: "long") } wurde { -person }, { -person-description }, vom { -fsb } festgenommen. Wegen seiner Äußerungen zur Explosion auf der Krim-Brücke (Kertsch-Brücke) im Oktober 2022 wird ihm { -charge } vorgeworfen.
detention = Man brachte ihn nach { -detention-place }, mehr als { NUMBER($distance-km) } km von Moskau entfernt. Dort ordnete ein Gericht Untersuchungshaft bis zu seinem Prozess an.
sentence =
    { $max-sentence-years ->
        [one] Im Fall einer Verurteilung drohen ihm bis zu { $max-sentence-years } Jahr Haft.
       *[other] Im Fall einer Verurteilung drohen ihm bis zu { $max-sentence-years } Jahre Haft.
    }
earlier-persecution = Es ist nicht das erste Mal, dass der Staat gegen ihn vorgeht. Zum ersten Mal saß er 1982 im Gefängnis, noch zu Sowjetzeiten; 1993 wurde er festgenommen und geschlagen. 2022 erklärten ihn die Behörden zum „ausländischen Agenten“.
argument = { -person } wird für seine Worte verfolgt, nicht für irgendein Verbrechen. Sein Fall ist eine Warnung an alle Wissenschaftlerinnen und Wissenschaftler, Journalistinnen und Journalisten, Aktivistinnen und Aktivisten in Russland, die es noch wagen, offen zu sprechen.
wider-repression = Er ist einer von Hunderten Menschen, die in Russland wegen ihrer Ansichten in Haft sitzen. Wir sind solidarisch mit ihnen allen.
call-to-action = Wir rufen Organisationen und Einzelpersonen überall dazu auf, diese Erklärung zu unterzeichnen, sie zu verbreiten und seinen Fall bei ihren eigenen Regierungen zur Sprache zu bringen.
    .short = Unterzeichnen und teilen.

signatories-heading = Unterzeichnet von
personal-capacity = als Privatperson
contact = Kontakt: { $contact }

## The organisers' words around the text: affiliations, countries, the publisher

publication-translators-for-solidarity-fe3d0d = Übersetzer für Solidarität
publication-brazil-07f62b = Brasilien
publication-university-of-leipzig-edb694 = Universität Leipzig
publication-germany-80db4c = Deutschland
publication-free-voices-network-753a1f = Netzwerk Freie Stimmen
publication-lebanon-e34dd6 = Libanon
publication-taiwan-dd76af = Taiwan

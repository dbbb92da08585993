### Vorlage: eine Erklärung, die die Freilassung einer wegen ihrer Ansichten inhaftierten Person fordert.

-person = [Name der inhaftierten Person]
-person-description = [wer die Person ist: Beruf, Tätigkeit, Organisation]
-detention-place = [Haftort]
-charge = [der Anklagepunkt im Wortlaut der Staatsanwaltschaft]

headline = Freiheit für { -person } – jetzt!
    .short = Freiheit für { -person }
demand = Wir fordern die sofortige und bedingungslose Freilassung von { -person } sowie die Einstellung sämtlicher erhobenen Anklagen.
arrest = Am { DATETIME($arrest-date, dateStyle: "long") } wurde { -person }, { -person-description }, festgenommen und wegen { -charge } angeklagt.
detention = { -person } wird in { -detention-place } festgehalten.
sentence =
    { $max-sentence-years ->
        [one] Im Fall einer Verurteilung drohen { -person } bis zu { $max-sentence-years } Jahr Haft.
       *[other] Im Fall einer Verurteilung drohen { -person } bis zu { $max-sentence-years } Jahre Haft.
    }
earlier-persecution = Es ist nicht das erste Mal, dass die Behörden versuchen, { -person } zum Schweigen zu bringen.
argument = Mit einer Straftat hat dieser Fall nichts zu tun. Er bestraft einen Menschen für das, was er gesagt und geschrieben hat, und soll allen anderen signalisieren, dass sie besser schweigen.
wider-repression = { -person } ist eine von vielen Personen, die inhaftiert wurden, weil sie ihre Stimme erhoben haben. Wir sind solidarisch mit ihnen allen.
call-to-action = Wir rufen Organisationen und Einzelpersonen überall dazu auf, diese Erklärung zu unterzeichnen, sie zu verbreiten und den Fall bei ihren eigenen Regierungen zur Sprache zu bringen.
    .short = Unterzeichnen und teilen.

signatories-heading = Unterzeichnet von
personal-capacity = als Privatperson
contact = Kontakt: { $contact }

### Kurze Petition für Boris Kagarlitsky auf der Unterschriftenseite der Kampagne.

-person = Boris Kagarlitsky

headline = Jetzt für { -person } unterschreiben
    .short = Für Boris unterschreiben
call = { -person }, Soziologe und Redakteur, sitzt seit dem { DATETIME($arrest-date, dateStyle: "long") } in Haft – für das, was er gesagt hat. Setz deinen Namen unter den Aufruf zu seiner Freilassung.
signature-count =
    { $signatures ->
        [one] { NUMBER($signatures) } Person hat unterschrieben.
       *[other] { NUMBER($signatures) } Personen haben unterschrieben.
    }
goal = Hilf uns, { NUMBER($goal) } Unterschriften zu erreichen.
sign-button = Petition unterschreiben
    .title = Fügt deinen Namen der Petition hinzu
share = Teile diese Petition mit deinen Freundinnen und Freunden.
privacy = Wir verwenden deinen Namen nur, um zu zeigen, wer unterschrieben hat.

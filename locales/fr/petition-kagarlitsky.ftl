### Courte pétition pour Boris Kagarlitsky, affichée sur la page de signature de la campagne.

-person = Boris Kagarlitsky

headline = Signez pour { -person }
    .short = Signez pour Boris
call = { -person }, sociologue et rédacteur en chef, est emprisonné depuis le { DATETIME($arrest-date, dateStyle: "long") } pour ce qu’il a dit. Joignez votre nom à l’appel pour sa libération.
signature-count =
    { $signatures ->
        [one] { NUMBER($signatures) } personne a signé.
        [many] { NUMBER($signatures) } de personnes ont signé.
       *[other] { NUMBER($signatures) } personnes ont signé.
    }
sign-button = Signer la pétition
    .title = Ajoute votre nom à la pétition

### Boris Kagarlitsky, arrêté le 25 juillet 2023. Adapté de release-detained-activist.

-person = Boris Kagarlitsky
-person-description = sociologue, rédacteur en chef du magazine en ligne Rabkor et directeur de l’Institut d’études de la mondialisation et des mouvements sociaux (IGSO)
-detention-place = Syktyvkar, en république des Komis
-charge = « justification du terrorisme »
-fsb = FSB

headline = Libérez Boris Kagarlitsky dès maintenant !
    .short = Libérez Kagarlitsky
demand = Nous exigeons la libération immédiate et sans condition de { -person } ainsi que l’abandon de toutes les charges retenues contre lui.
arrest = Le { DATETIME($arrest-date, dateStyle: "long") }, le { -fsb } a arrêté { -person }, { -person-description }. Il est poursuivi pour { -charge } en raison de propos qu’il a tenus sur l’explosion survenue sur le pont de Crimée (Kertch) en octobre 2022.
detention = Il a été transféré à { -detention-place }, à plus de { NUMBER($distance-km) } km de Moscou, où un tribunal a ordonné deux mois de détention provisoire dans l’attente d’un procès prévu en septembre.
sentence =
    { $max-sentence-years ->
        [one] S’il est condamné, il encourt jusqu’à { $max-sentence-years } an de prison.
        [many] S’il est condamné, il encourt jusqu’à { $max-sentence-years } d’années de prison.
       *[other] S’il est condamné, il encourt jusqu’à { $max-sentence-years } ans de prison.
    }
earlier-persecution = Ce n’est pas la première fois que l’État s’en prend à lui. Emprisonné une première fois en 1982, sous le régime soviétique, il a été arrêté et battu en 1993. En 2022, les autorités l’ont désigné comme « agent de l’étranger ».
argument = { -person } est poursuivi pour ses paroles, et non pour un quelconque crime. Son affaire sonne comme un avertissement pour chaque universitaire, journaliste ou militant de Russie qui ose encore prendre la parole.
wider-repression = Il fait partie des centaines de personnes emprisonnées en Russie pour leurs opinions. Nous sommes solidaires de chacune d’entre elles.
call-to-action = Nous appelons les organisations et les particuliers du monde entier à signer, à diffuser cette déclaration et à interpeller leur propre gouvernement sur son cas.
    .short = Signez et partagez.

signatories-heading = Signataires
personal-capacity = à titre personnel
contact = Contact : { $contact }

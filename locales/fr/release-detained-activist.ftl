### Modèle : déclaration exigeant la libération d’une personne détenue pour ses opinions.

-person = [nom de la personne détenue]
-person-description = [qui elle est : profession, activité, organisation]
-detention-place = [lieu de détention]
-charge = [le chef d’accusation, tel que formulé par le parquet]

headline = Libérez { -person } dès maintenant !
    .short = Libérez { -person }
demand = Nous exigeons la libération immédiate et sans condition de { -person } ainsi que l’abandon de toutes les charges retenues à son encontre.
arrest = Le { DATETIME($arrest-date, dateStyle: "long") }, { -person }, { -person-description }, a fait l’objet d’une arrestation et d’une inculpation pour { -charge }.
detention = { -person } se trouve en détention à { -detention-place }.
sentence =
    { $max-sentence-years ->
        [one] En cas de condamnation, { -person } encourt jusqu’à { $max-sentence-years } an de prison.
        [many] En cas de condamnation, { -person } encourt jusqu’à { $max-sentence-years } d’années de prison.
       *[other] En cas de condamnation, { -person } encourt jusqu’à { $max-sentence-years } ans de prison.
    }
earlier-persecution = Ce n’est pas la première fois que les autorités cherchent à faire taire { -person }.
argument = Cette affaire n’a rien à voir avec un quelconque crime. Elle punit une personne pour ce qu’elle a dit et écrit, et fait comprendre à tous les autres qu’ils ont intérêt à se taire.
wider-repression = { -person } fait partie des nombreuses personnes emprisonnées pour avoir pris la parole. Nous sommes solidaires de chacune d’entre elles.
call-to-action = Nous appelons les organisations et les particuliers du monde entier à signer, à diffuser cette déclaration et à porter cette affaire devant leur propre gouvernement.
    .short = Signez et partagez.

signatories-heading = Signataires
personal-capacity = à titre personnel
contact = Contact : { $contact }

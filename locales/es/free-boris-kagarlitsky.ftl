### Boris Kagarlitsky, detenido el 25 de julio de 2023. Adaptado de release-detained-activist.

-person = Boris Kagarlitsky
-person-description = sociólogo, editor de la revista digital Rabkor y director del Instituto de Estudios de la Globalización y los Movimientos Sociales (IGSO)
-detention-place = Syktyvkar, en la República de Komi
-charge = «justificación del terrorismo»
-fsb = FSB

headline = ¡Libertad ya para Boris Kagarlitsky!
    .short = Libertad para Kagarlitsky
demand = Exigimos la liberación inmediata e incondicional de { -person } y que se retiren todos los cargos que pesan sobre él.
arrest = El { DATETIME($arrest-date, dateStyle: "long") }, el { -fsb } detuvo a { -person }, { -person-description }. Se le acusa de { -charge } por unos comentarios que hizo sobre la explosión en el puente de Crimea (Kerch) en octubre de 2022.
detention = Lo trasladaron a { -detention-place }, a más de { NUMBER($distance-km) } km de Moscú, donde un tribunal le impuso dos meses de prisión preventiva a la espera de un juicio previsto para septiembre.
sentence =
    { $max-sentence-years ->
        [one] Si lo condenan, podría pasar hasta { $max-sentence-years } año en prisión.
        [many] Si lo condenan, podría pasar hasta { $max-sentence-years } de años en prisión.
       *[other] Si lo condenan, podría pasar hasta { $max-sentence-years } años en prisión.
    }
earlier-persecution = No es la primera vez que el Estado lo persigue. Estuvo preso por primera vez en 1982, en la época soviética, y en 1993 fue detenido y golpeado. En 2022 las autoridades lo declararon «agente extranjero».
argument = A { -person } se le procesa por sus palabras, no por delito alguno. Su caso es una advertencia para cualquier académico, periodista o activista de Rusia que todavía se atreva a alzar la voz.
wider-repression = Como él, cientos de personas están encarceladas en Rusia por sus opiniones. Nos solidarizamos con todas ellas.
call-to-action = Pedimos a organizaciones y personas de todo el mundo que sumen su firma, difundan esta declaración y lleven su caso ante sus propios gobiernos.
    .short = Firma y comparte.

signatories-heading = Firmantes
personal-capacity = a título personal
contact = Contacto: { $contact }

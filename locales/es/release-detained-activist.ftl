### Plantilla: declaración que exige la liberación de una persona detenida por sus opiniones.

-person = [nombre de la persona detenida]
-person-description = [quién es: profesión, trabajo, organización]
-detention-place = [lugar de detención]
-charge = [la acusación, tal como la formula la fiscalía]

headline = ¡Libertad ya para { -person }!
    .short = Libertad para { -person }
demand = Exigimos la liberación inmediata e incondicional de { -person } y que se retiren todos los cargos en su contra.
arrest = El { DATETIME($arrest-date, dateStyle: "long") }, las autoridades detuvieron a { -person }, { -person-description }, y le imputaron { -charge }.
detention = { -person } permanece bajo custodia en { -detention-place }.
sentence =
    { $max-sentence-years ->
        [one] En caso de condena, { -person } podría pasar hasta { $max-sentence-years } año en prisión.
        [many] En caso de condena, { -person } podría pasar hasta { $max-sentence-years } de años en prisión.
       *[other] En caso de condena, { -person } podría pasar hasta { $max-sentence-years } años en prisión.
    }
earlier-persecution = No es la primera vez que las autoridades intentan silenciar a { -person }.
argument = Este caso no tiene nada que ver con ningún delito. Castiga a una persona por lo que ha dicho y escrito, y advierte a todos los demás de que más les vale callar.
wider-repression = { -person } es una de las muchas personas encarceladas por alzar la voz. Nos solidarizamos con todas ellas.
call-to-action = Pedimos a organizaciones y personas de todo el mundo que sumen su firma, difundan esta declaración y lleven el caso ante sus propios gobiernos.
    .short = Firma y comparte.

signatories-heading = Firmantes
personal-capacity = a título personal
contact = Contacto: { $contact }

### Petición breve por Boris Kagarlitsky, para la página de firmas de la campaña.

-person = Boris Kagarlitsky

headline = Firma por { -person }
    .short = Firma por Boris
call = { -person }, sociólogo y editor, está en prisión desde el { DATETIME($arrest-date, dateStyle: "long") } por lo que dijo. Suma tu nombre al llamamiento por su liberación.
signature-count =
    { $signatures ->
        [one] { NUMBER($signatures) } persona ha firmado.
        [many] { NUMBER($signatures) } de personas han firmado.
       *[other] { NUMBER($signatures) } personas han firmado.
    }
goal = Ayúdanos a llegar a { NUMBER($goal) } firmas.
sign-button = Firma la petición
    .title = Añade tu nombre a la petición
share = Comparte esta petición con tus amistades.
privacy = Solo usaremos tu nombre para mostrar quién ha firmado.

### Modelo: declaração que exige a libertação de uma pessoa detida por suas opiniões.

-person = [nome da pessoa detida]
-person-description = [quem é: profissão, trabalho, organização]
-detention-place = [local de detenção]
-charge = [a acusação, nos termos usados pela promotoria]

headline = Liberdade já para { -person }!
    .short = Liberdade para { -person }
demand = Exigimos a libertação imediata e incondicional de { -person } e o arquivamento de todas as acusações.
arrest = Em { DATETIME($arrest-date, dateStyle: "long") }, as autoridades detiveram { -person }, { -person-description }, e lhe imputaram { -charge }.
detention = { -person } está sob custódia em { -detention-place }.
sentence =
    { $max-sentence-years ->
        [one] Em caso de condenação, { -person } pode passar até { $max-sentence-years } ano na prisão.
        [many] Em caso de condenação, { -person } pode passar até { $max-sentence-years } de anos na prisão.
       *[other] Em caso de condenação, { -person } pode passar até { $max-sentence-years } anos na prisão.
    }
argument = O caso não tem nada a ver com crime algum. Ele pune uma pessoa pelo que ela disse e escreveu, e serve de recado para que todos os demais fiquem calados.

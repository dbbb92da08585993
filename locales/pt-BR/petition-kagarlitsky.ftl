### Petição curta por Boris Kagarlitsky, exibida na página de assinaturas da campanha.

-person = Boris Kagarlitsky

headline = Assine por { -person }
    .short = Assine por Boris
call = { -person }, sociólogo e editor, está preso desde { DATETIME($arrest-date, dateStyle: "long") } por causa do que disse. Junte seu nome ao apelo pela libertação dele.

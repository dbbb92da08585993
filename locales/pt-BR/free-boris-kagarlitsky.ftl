### Boris Kagarlitsky, detido em 25 de julho de 2023. Adaptado de release-detained-activist.

-person = Boris Kagarlitsky
-person-description = sociólogo, editor da revista on-line Rabkor e diretor do Instituto de Estudos da Globalização e dos Movimentos Sociais (IGSO)
-detention-place = Syktyvkar, na República de Komi
-charge = “justificação do terrorismo”
-fsb = FSB

headline = Liberdade já para Boris Kagarlitsky!
    .short = Liberdade para Kagarlitsky
demand = Exigimos a libertação imediata e incondicional de { -person } e a retirada de todas as acusações contra ele.
arrest = Em { DATETIME($arrest-date, dateStyle: "long") }, o { -fsb } deteve { -person }, { -person-description }. Ele é acusado de { -charge } por comentários que fez sobre a explosão na ponte da Crimeia (ponte de Kerch) em outubro de 2022.
detention = Ele foi levado para { -detention-place }, a mais de { NUMBER($distance-km) } km de Moscou, onde um tribunal determinou dois meses de prisão preventiva até um julgamento marcado para setembro.

signatories-heading = Assinam

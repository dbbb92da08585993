### Boris Kagarlitsky, detained on 25 July 2023. Adapted from release-detained-activist.

## Names

-person = Boris Kagarlitsky
-person-description = sociologist, editor of the online magazine Rabkor and director of the Institute of Globalization Studies and Social Movements (IGSO)
-detention-place = Syktyvkar, in the Komi Republic
-charge = “justification of terrorism”
-fsb = FSB

## The statement

headline = Free Boris Kagarlitsky now!
    .short = Free Kagarlitsky
demand = We demand the immediate and unconditional release of { -person } and the withdrawal of every charge against him.
arrest = On { DATETIME($arrest-date, dateStyle: "long") }, the { -fsb } detained { -person }, { -person-description }. He is charged with { -charge } over comments he made about the explosion on the Crimean (Kerch) bridge in October 2022.
detention = He was taken to { -detention-place }, more than { NUMBER($distance-km) } km from Moscow, where a court ordered two months of detention ahead of a trial in September.
sentence =
    { $max-sentence-years ->
        [one] If convicted, he could spend up to { $max-sentence-years } year in prison.
       *[other] If convicted, he could spend up to { $max-sentence-years } years in prison.
    }
earlier-persecution = This is not the first time the state has come for him. He was first imprisoned in 1982, under Soviet rule, and in 1993 he was detained and beaten. In 2022 the authorities named him a “foreign agent”.
argument = { -person } is being prosecuted for his words, not for any crime. His case is a warning to every scholar, journalist and activist in Russia who still dares to speak.
wider-repression = He is one of hundreds of people jailed in Russia for their views. We stand with all of them.
call-to-action = We call on organisations and individuals everywhere to add their names, share this statement and raise his case with their own governments.
    .short = Sign and share.

## Around the text

signatories-heading = Signed by
personal-capacity = in a personal capacity
contact = Contact: { $contact }

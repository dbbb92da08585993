### Template: a statement demanding the release of someone detained for their views.
### Organisers replace the bracketed names and set the variables; translators keep
### every placeable ({ -term } and { $variable }) and give names in the forms their grammar needs.

## Names. In languages that decline names, give each case as a variant of the term.

-person = [name of the detained person]
-person-description = [who they are: profession, work, organisation]
-detention-place = [place of detention]
-charge = [the charge, as worded by the prosecution]

## The statement, in the order of the sections

headline = Free { -person } now!
    .short = Free { -person }
demand = We demand the immediate and unconditional release of { -person } and the withdrawal of every charge against them.
arrest = On { DATETIME($arrest-date, dateStyle: "long") }, { -person }, { -person-description }, was detained and charged with { -charge }.
detention = { -person } is being held in { -detention-place }.
sentence =
    { $max-sentence-years ->
        [one] If convicted, { -person } could spend up to { $max-sentence-years } year in prison.
       *[other] If convicted, { -person } could spend up to { $max-sentence-years } years in prison.
    }
# Optional: use when the person was targeted before.
earlier-persecution = This is not the first time the authorities have tried to silence { -person }.
argument = The case has nothing to do with any crime. It punishes a person for what they said and wrote, and it warns everyone else to keep quiet.
# Optional: a paragraph naming the wider wave of repression.
wider-repression = { -person } is one of many people jailed for speaking out. We stand with all of them.
call-to-action = We call on organisations and individuals everywhere to add their names, share this statement and raise the case with their own governments.
    .short = Sign and share.

## Around the text

signatories-heading = Signed by
personal-capacity = in a personal capacity
contact = Contact: { $contact }

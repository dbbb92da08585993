### A short petition for Boris Kagarlitsky, shown on the campaign's signing page.

-person = Boris Kagarlitsky

headline = Sign for { -person }
    .short = Sign for Boris
call = { -person }, a sociologist and editor, has been in jail since { DATETIME($arrest-date, dateStyle: "long") } for what he said. Add your name to the call for his release.
# $signatures is the number of people who have signed so far.
signature-count =
    { $signatures ->
        [one] { NUMBER($signatures) } person has signed.
       *[other] { NUMBER($signatures) } people have signed.
    }
# $goal is the next target, always larger than $signatures.
goal = Help us reach { NUMBER($goal) } signatures.
sign-button = Sign the petition
    .title = Adds your name to the petition
share = Share this petition with your friends.
privacy = We will only use your name to show who has signed.

### قالب: بيان يطالب بالإفراج عن شخص احتُجز بسبب آرائه.

-person = [اسم الشخص المحتجز]
-person-description = [التعريف به: المهنة، العمل، المنظمة]
-detention-place = [مكان الاحتجاز]
-charge = [التهمة بالصيغة التي استخدمتها النيابة]

headline = الحرية لـ{ -person } الآن!
    .short = الحرية لـ{ -person }
demand = نطالب بالإفراج الفوري وغير المشروط عن { -person } وبإسقاط جميع التهم الموجهة في هذه القضية.
arrest = في { DATETIME($arrest-date, dateStyle: "long") }، جرى احتجاز { -person }، { -person-description }، وتوجيه تهمة { -charge }.
detention = يجري احتجاز { -person } في { -detention-place }.
sentence =
    { $max-sentence-years ->
        [zero] في حال الإدانة، قد تصل عقوبة { -person } بالسجن إلى { $max-sentence-years } سنة.
        [one] في حال الإدانة، قد تصل عقوبة { -person } بالسجن إلى سنة واحدة.
        [two] في حال الإدانة، قد تصل عقوبة { -person } بالسجن إلى سنتين.
        [few] في حال الإدانة، قد تصل عقوبة { -person } بالسجن إلى { $max-sentence-years } سنوات.
        [many] في حال الإدانة، قد تصل عقوبة { -person } بالسجن إلى { $max-sentence-years } سنة.
       *[other] في حال الإدانة، قد تصل عقوبة { -person } بالسجن إلى { $max-sentence-years } سنة.
    }

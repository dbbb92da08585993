### بوريس كاغارليتسكي، الذي اعتُقل في 25 يوليو/تموز 2023. النص مقتبس من القالب release-detained-activist.

-person = بوريس كاغارليتسكي
-person-description = عالم الاجتماع ومحرر المجلة الإلكترونية «رابكور» ومدير معهد دراسات العولمة والحركات الاجتماعية (IGSO)
-detention-place = سيكتيفكار في جمهورية كومي
-charge = «تبرير الإرهاب»
-fsb = جهاز الأمن الفيدرالي الروسي

headline = الحرية لبوريس كاغارليتسكي الآن!
    .short = الحرية لكاغارليتسكي
demand = نطالب بالإفراج الفوري وغير المشروط عن { -person } وبإسقاط جميع التهم الموجهة إليه.
arrest = في { DATETIME($arrest-date, dateStyle: "long") }، اعتقل { -fsb } { -person }، { -person-description }. ووُجّهت إليه تهمة { -charge } بسبب تعليقات أدلى بها عن الانفجار الذي وقع على جسر القرم (جسر كيرتش) في أكتوبر/تشرين الأول 2022.
detention = نُقل إلى { -detention-place }، على بُعد أكثر من { NUMBER($distance-km) } كم من موسكو، وهناك أمرت محكمة بحبسه احتياطيًا لمدة شهرين في انتظار محاكمته في سبتمبر/أيلول.
sentence =
    { $max-sentence-years ->
        [zero] إذا أُدين، فقد يقضي في السجن ما يصل إلى { $max-sentence-years } سنة.
        [one] إذا أُدين، فقد يقضي في السجن ما يصل إلى سنة واحدة.
        [two] إذا أُدين، فقد يقضي في السجن ما يصل إلى سنتين.
        [few] إذا أُدين، فقد يقضي في السجن ما يصل إلى { $max-sentence-years } سنوات.
        [many] إذا أُدين، فقد يقضي في السجن ما يصل إلى { $max-sentence-years } سنة.
       *[other] إذا أُدين، فقد يقضي في السجن ما يصل إلى { $max-sentence-years } سنة.
    }
earlier-persecution = ليست هذه المرة الأولى التي تلاحقه فيها الدولة. فقد سُجن أول مرة عام 1982 في ظل الحكم السوفيتي، ثم اعتُقل وتعرّض للضرب عام 1993. وفي عام 2022 صنّفته السلطات «عميلًا أجنبيًا».
argument = يُلاحَق { -person } قضائيًا بسبب كلماته، لا بسبب أي جريمة. وقضيته إنذار لكل باحث وصحفي وناشط في روسيا لا يزال يجرؤ على رفع صوته.
wider-repression = وهو واحد من مئات الأشخاص الذين سُجنوا في روسيا بسبب آرائهم. ونحن نقف إلى جانبهم جميعًا.
call-to-action = ندعو المنظمات والأفراد في كل مكان إلى إضافة أسمائهم ونشر هذا البيان وطرح قضيته أمام حكوماتهم.
    .short = وقّعوا وانشروا.

signatories-heading = الموقّعون
personal-capacity = بصفة شخصية
contact = للتواصل: { $contact }

## The organisers' words around the text: affiliations, countries, the publisher

publication-translators-for-solidarity-fe3d0d = مترجمون من أجل التضامن
publication-brazil-07f62b = البرازيل
publication-university-of-leipzig-edb694 = جامعة لايبزيغ
publication-germany-80db4c = ألمانيا
publication-free-voices-network-753a1f = شبكة الأصوات الحرة
publication-lebanon-e34dd6 = لبنان
publication-taiwan-dd76af = تايوان

### عريضة قصيرة من أجل بوريس كاغارليتسكي، تُعرض على صفحة التوقيع الخاصة بالحملة.

-person = بوريس كاغارليتسكي

headline = وقّعوا من أجل { -person }
    .short = وقّعوا من أجل بوريس
call = يقبع { -person }، عالم الاجتماع والمحرر، في السجن منذ { DATETIME($arrest-date, dateStyle: "long") } بسبب ما قاله. أضيفوا أسماءكم إلى النداء المطالب بالإفراج عنه.
signature-count =
    { $signatures ->
        [zero] عدد الموقّعين حتى الآن: { NUMBER($signatures) }.
        [one] وقّع شخص واحد.
        [two] وقّع شخصان.
        [few] وقّع { NUMBER($signatures) } أشخاص.
        [many] وقّع { NUMBER($signatures) } شخصًا.
       *[other] وقّع { NUMBER($signatures) } شخص.
    }
goal =
    { $goal ->
        [zero] ساعدونا على الوصول إلى { NUMBER($goal) } توقيع.
        [one] ساعدونا على الوصول إلى توقيع واحد.
        [two] ساعدونا على الوصول إلى توقيعين.
        [few] ساعدونا على الوصول إلى { NUMBER($goal) } توقيعات.
        [many] ساعدونا على الوصول إلى { NUMBER($goal) } توقيعًا.
       *[other] ساعدونا على الوصول إلى { NUMBER($goal) } توقيع.
    }
sign-button = التوقيع على العريضة
    .title = يضيف اسمكم إلى العريضة
share = شاركوا هذه العريضة مع أصدقائكم.
privacy = لن نستخدم اسمكم إلا لإظهار من وقّع.

### 鲍里斯·卡加尔利茨基，2023年7月25日被拘留。改编自 release-detained-activist。

-person = 鲍里斯·卡加尔利茨基
-person-description = 社会学家、网络杂志《Rabkor》主编、全球化与社会运动研究所（IGSO）所长
-detention-place = 科米共和国的瑟克特夫卡尔
-charge = “为恐怖主义辩护”
-fsb = 俄罗斯联邦安全局

headline = 立即释放鲍里斯·卡加尔利茨基！
    .short = 释放卡加尔利茨基
demand = 我们要求立即、无条件释放{ -person }，并撤销对他的全部指控。
arrest = { DATETIME($arrest-date, dateStyle: "long") }，{ -fsb }拘留了{ -person }——{ -person-description }。他因就2022年10月克里米亚大桥（刻赤大桥）爆炸事件发表的评论，被控{ -charge }。
detention = 他被押送至{ -detention-place }，距莫斯科超过{ NUMBER($distance-km) }公里。当地法院裁定对他审前羁押两个月，审判定于9月进行。
sentence =
    { $max-sentence-years ->
       *[other] 一旦被定罪，他可能面临最高{ $max-sentence-years }年的监禁。
    }
earlier-persecution = 这已不是国家第一次对他下手。早在1982年的苏联时期，他就首次身陷囹圄；1993年，他又遭到拘押和殴打。2022年，当局将他列为“外国代理人”。
argument = { -person }遭到起诉，是因为他说过的话，而不是因为任何罪行。他的案件是对俄罗斯境内每一位仍敢于发声的学者、记者和活动人士的警告。
wider-repression = 在俄罗斯，像他这样因观点而入狱的人有数百名。我们与他们所有人站在一起。
call-to-action = 我们呼吁世界各地的组织和个人加入联署、转发这份声明，并向本国政府提出他的案件。
    .short = 联署并转发。

signatories-heading = 联署人
personal-capacity = 以个人身份
contact = 联系方式：{ $contact }

## The organisers' words around the text: affiliations, countries, the publisher

publication-translators-for-solidarity-fe3d0d = 团结译者
publication-brazil-07f62b = 巴西
publication-university-of-leipzig-edb694 = 莱比锡大学
publication-germany-80db4c = 德国
publication-free-voices-network-753a1f = 自由之声网络
publication-lebanon-e34dd6 = 黎巴嫩
publication-taiwan-dd76af = 台湾

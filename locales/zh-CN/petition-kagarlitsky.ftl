### 为鲍里斯·卡加尔利茨基发起的简短请愿，显示在活动的联署页面上。

-person = 鲍里斯·卡加尔利茨基

headline = 为{ -person }联署
    .short = 为鲍里斯联署
call = 社会学家、编辑{ -person }因为自己说过的话，自{ DATETIME($arrest-date, dateStyle: "long") }起一直身陷囹圄。请加入联署，呼吁释放他。
signature-count =
    { $signatures ->
       *[other] 已有{ NUMBER($signatures) }人联署。
    }
goal = 请帮助我们征集到{ NUMBER($goal) }个签名。

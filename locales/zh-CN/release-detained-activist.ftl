### 模板：要求释放因言论或观点而被拘押者的声明。

-person = [被拘押者姓名]
-person-description = [其身份：职业、工作、所属组织]
-detention-place = [拘押地点]
-charge = [罪名，按检方原话]

headline = 立即释放{ -person }！
    .short = 释放{ -person }
demand = 我们要求立即、无条件释放{ -person }，并撤销对其的全部指控。
arrest = { DATETIME($arrest-date, dateStyle: "long") }，{ -person }（{ -person-description }）遭到拘押，并被控{ -charge }。

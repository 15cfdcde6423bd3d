# 身份校验：居民身份证、手机号码、银行卡、统一社会信用代码、姓名。
# 提示里从不重复客户输入的内容，只说位数和第几位。

error-id-empty = 请输入身份证号码。
error-id-length = 身份证号码应为 { $expected } 位，您输入了 { $actual } 位。请对照身份证再数一遍。
error-id-bad-character = 第 { $position } 位不能出现在身份证号码里。号码只有数字，只有最后一位可以是字母 X。
error-id-check-character = 最后一位与前面的号码对不上，请对照身份证逐位核对。
error-id-unknown-province = 前两位不是任何省份的代码，请对照身份证核对。
error-id-impossible-date = 号码里的出生日期（第 7 到第 14 位）不是真实的日期，请对照身份证核对这几位。
error-id-birth-in-future = 号码里的出生日期晚于今天，请对照身份证核对。
error-id-under-age = 年满 { $minimum } 周岁才能申请贷款。按这个身份证号码，您现在 { $age } 岁。

error-mobile-empty = 请输入手机号码。
error-mobile-length = 手机号码应为 { $expected } 位数字，您输入了 { $actual } 位。
error-mobile-bad-character = 第 { $position } 位不是数字。手机号码只有数字。
error-mobile-not-mainland = 这不是中国大陆的手机号码。手机号码以 13、14、15、16、17、18 或 19 开头。

error-card-empty = 请输入银行卡号。
error-card-length = 银行卡号应为 { $min } 到 { $max } 位数字，您输入了 { $actual } 位。
error-card-bad-character = 第 { $position } 位不是数字。银行卡号只有数字。
error-card-check-digit = 这个卡号不对，可能有一位输错了。请对照银行卡逐位核对。
error-card-unknown-bank = 我们认不出这张卡是哪家银行的，所以不能把贷款打进这张卡。请换一张大银行的借记卡，或打电话给我们求助。
error-card-credit-not-allowed = 这是一张信用卡。贷款只能打进您本人名下的借记卡（储蓄卡）。

error-uscc-empty = 请输入企业的统一社会信用代码。
error-uscc-length = 统一社会信用代码应为 { $expected } 位，您输入了 { $actual } 位。
error-uscc-bad-character = 第 { $position } 位不能出现在统一社会信用代码里。请对照营业执照核对（代码里不会有字母 I、O、S、V、Z）。
error-uscc-check-character = 最后一位与前面的代码对不上，请对照营业执照逐位核对。

error-name-mismatch = 银行卡的户名必须与申请人姓名完全一致。请使用您本人名下的银行卡。

card-type-debit = 借记卡
card-type-credit = 信用卡

bank-icbc = 中国工商银行
bank-ccb = 中国建设银行
bank-abc = 中国农业银行
bank-boc = 中国银行
bank-bocom = 交通银行
bank-psbc = 中国邮政储蓄银行
bank-cmb = 招商银行
bank-citic = 中信银行
bank-ceb = 中国光大银行
bank-cib = 兴业银行
bank-spdb = 上海浦东发展银行
bank-cmbc = 中国民生银行
bank-pingan = 平安银行
bank-huaxia = 华夏银行
bank-cgb = 广发银行

identity-sex-male = 男
identity-sex-female = 女

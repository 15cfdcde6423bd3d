# 身分校驗：居民身份證、手機號碼、銀行卡、統一社會信用代碼、姓名。
# 提示裡從不重複客戶輸入的內容，只說位數和第幾位。

error-id-empty = 請輸入身份證號碼。
error-id-length = 身份證號碼應為 { $expected } 位，您輸入了 { $actual } 位。請對照身份證再數一遍。
error-id-bad-character = 第 { $position } 位不能出現在身份證號碼裡。號碼只有數字，只有最後一位可以是字母 X。
error-id-check-character = 最後一位與前面的號碼對不上，請對照身份證逐位核對。
error-id-unknown-province = 前兩位不是任何省份的代碼，請對照身份證核對。
error-id-impossible-date = 號碼裡的出生日期（第 7 到第 14 位）不是真實的日期，請對照身份證核對這幾位。
error-id-birth-in-future = 號碼裡的出生日期晚於今天，請對照身份證核對。
error-id-under-age = 年滿 { $minimum } 週歲才能申請貸款。按這個身份證號碼，您現在 { $age } 歲。

error-mobile-empty = 請輸入手機號碼。
error-mobile-length = 手機號碼應為 { $expected } 位數字，您輸入了 { $actual } 位。
error-mobile-bad-character = 第 { $position } 位不是數字。手機號碼只有數字。
error-mobile-not-mainland = 這不是中國大陸的手機號碼。手機號碼以 13、14、15、16、17、18 或 19 開頭。

error-card-empty = 請輸入銀行卡號。
error-card-length = 銀行卡號應為 { $min } 到 { $max } 位數字，您輸入了 { $actual } 位。
error-card-bad-character = 第 { $position } 位不是數字。銀行卡號只有數字。
error-card-check-digit = 這個卡號不對，可能有一位輸錯了。請對照銀行卡逐位核對。
error-card-unknown-bank = 我們認不出這張卡是哪家銀行的，所以不能把貸款匯入這張卡。請換一張大銀行的借記卡，或打電話給我們求助。
error-card-credit-not-allowed = 這是一張信用卡。貸款只能匯入您本人名下的借記卡（儲蓄卡）。

error-uscc-empty = 請輸入企業的統一社會信用代碼。
error-uscc-length = 統一社會信用代碼應為 { $expected } 位，您輸入了 { $actual } 位。
error-uscc-bad-character = 第 { $position } 位不能出現在統一社會信用代碼裡。請對照營業執照核對（代碼裡不會有字母 I、O、S、V、Z）。
error-uscc-check-character = 最後一位與前面的代碼對不上，請對照營業執照逐位核對。

error-name-mismatch = 銀行卡的戶名必須與申請人姓名完全一致。請使用您本人名下的銀行卡。

card-type-debit = 借記卡
card-type-credit = 信用卡

bank-icbc = 中國工商銀行
bank-ccb = 中國建設銀行
bank-abc = 中國農業銀行
bank-boc = 中國銀行
bank-bocom = 交通銀行
bank-psbc = 中國郵政儲蓄銀行
bank-cmb = 招商銀行
bank-citic = 中信銀行
bank-ceb = 中國光大銀行
bank-cib = 興業銀行
bank-spdb = 上海浦東發展銀行
bank-cmbc = 中國民生銀行
bank-pingan = 平安銀行
bank-huaxia = 華夏銀行
bank-cgb = 廣發銀行

identity-sex-male = 男
identity-sex-female = 女

# 核心模块的消息：金额、利率、存储、密钥、配置。

app-name = 普惠
mode-standard = 标准版
mode-elder = 长辈版
error-internal = 系统出了点问题，请稍后再试；如果一直这样，请致电银行。
error-money-not-a-number = 请用数字输入金额，例如 1000 或 1000.50。
error-money-too-precise = 金额最多保留两位小数（到分）。
error-money-out-of-range = 金额过大。
error-rate-negative = 利率不能为负数。
error-rate-absurd = 这个利率不合常理，请核对。
error-store = 无法读取或保存您的数据，请检查手机存储空间后重新打开应用。
error-secrets-unavailable = 系统的安全密码存储不可用，无法保持登录。请解锁或开启它。
error-secrets-failed = 系统的安全密码存储拒绝了请求，请再试一次。
error-config-insecure-bank-url = 银行地址必须使用 HTTPS。
error-config-no-data-dir = 没有指定应用数据的存放目录。

# 与银行通信时的消息：登录、网络、资金操作、预约。

error-bank-config = 尚未设置银行地址，或地址不安全（必须使用 HTTPS）。
error-bank-unreachable = 暂时连不上银行，请检查网络后再试。
error-bank-busy = 银行系统正忙，请稍后再试。
error-bank-outcome-unknown = 暂时无法确认这笔操作是否已完成。请不要重复付款：稍后重试会自动查明结果，钱不会被扣两次。
error-bank-signed-out = 登录已过期，请重新登录。
error-bank-wrong-sms-code = 验证码不正确或已过期，请重新获取。切勿把验证码告诉任何人。
error-bank-invalid-phone = 请输入 11 位中国大陆手机号码。
error-bank-not-found = 没有找到这项记录。
error-bank-insufficient-credit = 金额超过了可用额度。
error-bank-amount-exceeds-balance = 金额超过了应还总额。
error-bank-repayment-exceeds-amount-due = 还款金额超过了本期应还金额。如需多还，请先获取提前还款报价。
error-bank-loan-settled = 这笔贷款已经还清。
error-bank-prepayment-below-amount-paid-ahead = 本期已经提前还入的钱，比这次提前还款要付的还多。请提高提前还款的本金，或等本期扣款日过后再申请。
error-bank-quote-invalid = 提前还款报价已失效，请重新获取报价。
error-bank-slot-full = 这个时段已约满，请选择其他时段。
error-bank-already-booked = 您已预约过这个时段。
error-bank-already-disbursed = 这笔贷款已经放款。
error-bank-refused = 银行未能受理这项请求。如有疑问，请致电银行客服。

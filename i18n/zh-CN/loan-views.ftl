# 贷款报价、方案建议和提前还款的界面文字。年化利率的标签沿用 loan.ftl。

loan-view-amount = 借款金额
loan-view-term = 借款期限
loan-view-term-months = { $months } 个月
loan-view-method = 还款方式
loan-view-first-due = 首个还款日
loan-view-maturity = 最后还款日
loan-view-paid-out = 实际到账
loan-view-level-amount = 每期还款
loan-view-nominal-rate = 名义年利率（不含费用，仅供参考）

loan-view-fee-upfront = { $fee }（放款时收取）
loan-view-fee-periodic = { $fee }（随每期还款收取）
loan-view-no-fees = 这笔贷款除利息外不收取任何费用。

loan-view-total-interest = 利息合计
loan-view-total-fees = 费用合计
loan-view-total-cost = 借款总成本（利息和全部费用）
loan-view-total-repayable = 还款总额

loan-view-col-number = 期数
loan-view-col-due-date = 还款日
loan-view-col-principal = 本金
loan-view-col-interest = 利息
loan-view-col-fees = 费用
loan-view-col-total = 应还合计
loan-view-col-remaining = 剩余本金

loan-view-plan-title = { $method } · { $months } 个月
loan-view-largest-installment = 单期最高还款

loan-view-prepay-date = 提前还款日
loan-view-prepay-outstanding = 剩余本金
loan-view-prepay-principal = 本次归还本金
loan-view-prepay-interest = 应付利息（自上个还款日起）
loan-view-prepay-penalty = 违约金
loan-view-prepay-total = 本次共需支付
loan-view-prepay-penalty-until = 在 { $date } 及之前提前还款需付违约金，之后不收。
loan-view-prepay-no-penalty = 现在提前还款不收违约金。
loan-view-prepay-shorter-term = 月供不变，缩短期限
loan-view-prepay-shorter-term-detail = 每期仍还 { $installment }，还剩 { $count } 期，少付利息 { $saved }。
loan-view-prepay-lower-installment = 期限不变，减少月供
loan-view-prepay-lower-installment-detail = 每期改为 { $installment }，还剩 { $count } 期，少付利息 { $saved }。
loan-view-prepay-settles = 付清后这笔贷款即结清。

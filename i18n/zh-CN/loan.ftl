# 贷款定价：还款方式、费用、年化利率、合规提示、方案建议和贷款错误。

loan-method-equal-installment = 等额本息
loan-method-equal-principal = 等额本金
loan-method-interest-first = 先息后本
loan-method-bullet = 到期还本付息

loan-fee-service = 服务费
loan-fee-insurance = 保险费
loan-fee-guarantee = 担保费
loan-fee-other = 其他费用

loan-apr-simple = 年化利率（单利）
loan-apr-compound = 年化利率（复利）
loan-apr-basis-monthly = 按实际现金流逐月计算，已包含全部费用。
loan-apr-basis-days = 按实际现金流和实际日期计算（天数 / 365），已包含全部费用。
loan-apr-monthly-secondary = 折合月利率（仅供参考）
loan-apr-daily-secondary = 折合日利率（仅供参考）

loan-flag-caution = 提示：年化利率 { $apr } 高于一年期贷款市场报价利率的四倍（{ $threshold }）。借款前请多比较几家。
loan-flag-strongest = 警告：年化利率 { $apr } 高于 { $threshold }。这笔贷款成本很高，确定能按时还款之前请不要签约；放款前要求交任何费用的都可能是诈骗。

loan-purpose-farming = 农业生产
loan-purpose-business = 经营周转
loan-purpose-household = 家庭消费
loan-purpose-education = 教育
loan-purpose-medical = 看病就医
loan-purpose-other = 其他用途

loan-plan-need = 您需要 { $amount } 用于{ $purpose }，平常每月最多能还 { $capacity }。
loan-plan-chosen = 建议您选择{ $method }，期限 { $months } 个月：利息和费用合计 { $cost }，是您还得起的方案中总成本最低的。单期最高还款 { $largest }，年化利率 { $apr }。
loan-plan-seasonal = 大额还款安排在您说有收入的月份。
loan-plan-paid-out-in-full = 只借您需要的 { $amount }，不多借，全部到账。
loan-plan-paid-out-less-fees = 只借您需要的金额，不多借；其中 { $fees } 费用从放款中扣除，实际到账 { $paid_out }。
loan-plan-runners-up = 其他同样合适的方案：
loan-plan-runner-up = { $method }，{ $months } 个月：总成本 { $cost }，单期最高 { $largest }，年化利率 { $apr }。
loan-plan-nothing-fits = 这款产品的方案都超出了您的还款能力（每月 { $capacity }）。
loan-plan-closest = 最接近的是{ $method }，期限 { $months } 个月，单期最高还款 { $largest }（总成本 { $cost }，年化利率 { $apr }）。
loan-plan-nothing-fits-advice = 您可以少借一些，或者请客户经理回电，一起找合适的方案。

error-loan-amount-out-of-range = 这款贷款的额度为 { $min } 至 { $max }。
error-loan-amount-not-positive = 请输入大于零的金额。
error-loan-term-not-offered = 这款贷款没有 { $months } 个月的期限，请从列出的期限中选择。
error-loan-method-not-allowed = 这款贷款不支持该还款方式。
error-loan-disbursement-after-first-due = 首个还款日必须在放款日之后。
error-loan-first-due-too-far = 首个还款日最晚只能在放款后两个月。
error-loan-date-out-of-range = 该日期超出了可处理的范围。
error-loan-fees-exceed-principal = 费用将占满全部借款金额，请选择更高的金额。
error-loan-product-invalid = 这款贷款产品的设置有误，请联系银行。
error-loan-apr-unsolvable = 无法计算这笔贷款的年化利率，因此不能提供。请联系银行。
error-loan-prepayment-date-invalid = 提前还款只能在放款日至最后一个还款日之间进行。
error-loan-prepayment-over-outstanding = 最多可提前归还剩余本金 { $outstanding }；如需全部还清，请选择全额提前还款。
error-loan-plan-input-invalid = 请检查输入：月份须为 1 至 12，金额不能为负数。
error-line-draw-over-limit = 您的额度目前最多可用 { $available }。
error-line-repayment-over-owed = 您共欠 { $owed }，还款金额不能超过这个数。
error-line-before-opening = 该日期早于额度开通日。
error-line-statement-period-invalid = 账单期间的结束日不能早于开始日。

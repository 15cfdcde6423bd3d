# 貸款定價：還款方式、費用、年化利率、合規提示、方案建議和貸款錯誤。

loan-method-equal-installment = 等額本息
loan-method-equal-principal = 等額本金
loan-method-interest-first = 先息後本
loan-method-bullet = 到期還本付息

loan-fee-service = 服務費
loan-fee-insurance = 保險費
loan-fee-guarantee = 擔保費
loan-fee-other = 其他費用

loan-apr-simple = 年化利率（單利）
loan-apr-compound = 年化利率（複利）
loan-apr-basis-monthly = 按實際現金流逐月計算，已包含全部費用。
loan-apr-basis-days = 按實際現金流和實際日期計算（天數 / 365），已包含全部費用。
loan-apr-monthly-secondary = 折合月利率（僅供參考）
loan-apr-daily-secondary = 折合日利率（僅供參考）

loan-flag-caution = 提示：年化利率 { $apr } 高於一年期貸款市場報價利率的四倍（{ $threshold }）。借款前請多比較幾家。
loan-flag-strongest = 警告：年化利率 { $apr } 高於 { $threshold }。這筆貸款成本很高，確定能按時還款之前請不要簽約；放款前要求繳交任何費用的都可能是詐騙。

loan-purpose-farming = 農業生產
loan-purpose-business = 經營周轉
loan-purpose-household = 家庭消費
loan-purpose-education = 教育
loan-purpose-medical = 看病就醫
loan-purpose-other = 其他用途

loan-plan-need = 您需要 { $amount } 用於{ $purpose }，平常每月最多能還 { $capacity }。
loan-plan-chosen = 建議您選擇{ $method }，期限 { $months } 個月：利息和費用合計 { $cost }，是您還得起的方案中總成本最低的。單期最高還款 { $largest }，年化利率 { $apr }。
loan-plan-seasonal = 大額還款安排在您說有收入的月份。
loan-plan-paid-out-in-full = 只借您需要的 { $amount }，不多借，全部到帳。
loan-plan-paid-out-less-fees = 只借您需要的金額，不多借；其中 { $fees } 費用從放款中扣除，實際到帳 { $paid_out }。
loan-plan-runners-up = 其他同樣合適的方案：
loan-plan-runner-up = { $method }，{ $months } 個月：總成本 { $cost }，單期最高 { $largest }，年化利率 { $apr }。
loan-plan-nothing-fits = 這款產品的方案都超出了您的還款能力（每月 { $capacity }）。
loan-plan-closest = 最接近的是{ $method }，期限 { $months } 個月，單期最高還款 { $largest }（總成本 { $cost }，年化利率 { $apr }）。
loan-plan-nothing-fits-advice = 您可以少借一些，或者請客戶經理回電，一起找合適的方案。

error-loan-amount-out-of-range = 這款貸款的額度為 { $min } 至 { $max }。
error-loan-amount-not-positive = 請輸入大於零的金額。
error-loan-term-not-offered = 這款貸款沒有 { $months } 個月的期限，請從列出的期限中選擇。
error-loan-method-not-allowed = 這款貸款不支援該還款方式。
error-loan-disbursement-after-first-due = 首個還款日必須在放款日之後。
error-loan-first-due-too-far = 首個還款日最晚只能在放款後兩個月。
error-loan-date-out-of-range = 該日期超出了可處理的範圍。
error-loan-fees-exceed-principal = 費用將佔滿全部借款金額，請選擇更高的金額。
error-loan-product-invalid = 這款貸款產品的設定有誤，請聯絡銀行。
error-loan-apr-unsolvable = 無法計算這筆貸款的年化利率，因此不能提供。請聯絡銀行。
error-loan-prepayment-date-invalid = 提前還款只能在放款日至最後一個還款日之間進行。
error-loan-prepayment-over-outstanding = 最多可提前歸還剩餘本金 { $outstanding }；如需全部還清，請選擇全額提前還款。
error-loan-plan-input-invalid = 請檢查輸入：月份須為 1 至 12，金額不能為負數。
error-line-draw-over-limit = 您的額度目前最多可用 { $available }。
error-line-repayment-over-owed = 您共欠 { $owed }，還款金額不能超過這個數。
error-line-before-opening = 該日期早於額度開通日。
error-line-statement-period-invalid = 帳單期間的結束日不能早於開始日。

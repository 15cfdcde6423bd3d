# 貸款報價、方案建議和提前還款的介面文字。年化利率的標籤沿用 loan.ftl。

loan-view-amount = 借款金額
loan-view-term = 借款期限
loan-view-term-months = { $months } 個月
loan-view-method = 還款方式
loan-view-first-due = 首個還款日
loan-view-maturity = 最後還款日
loan-view-paid-out = 實際到帳
loan-view-level-amount = 每期還款
loan-view-nominal-rate = 名義年利率（不含費用，僅供參考）

loan-view-fee-upfront = { $fee }（放款時收取）
loan-view-fee-periodic = { $fee }（隨每期還款收取）
loan-view-no-fees = 這筆貸款除利息外不收取任何費用。

loan-view-total-interest = 利息合計
loan-view-total-fees = 費用合計
loan-view-total-cost = 借款總成本（利息和全部費用）
loan-view-total-repayable = 還款總額

loan-view-col-number = 期數
loan-view-col-due-date = 還款日
loan-view-col-principal = 本金
loan-view-col-interest = 利息
loan-view-col-fees = 費用
loan-view-col-total = 應還合計
loan-view-col-remaining = 剩餘本金

loan-view-plan-title = { $method } · { $months } 個月
loan-view-largest-installment = 單期最高還款

loan-view-prepay-date = 提前還款日
loan-view-prepay-outstanding = 剩餘本金
loan-view-prepay-principal = 本次歸還本金
loan-view-prepay-interest = 應付利息（自上個還款日起）
loan-view-prepay-penalty = 違約金
loan-view-prepay-total = 本次共需支付
loan-view-prepay-penalty-until = 在 { $date } 及之前提前還款需付違約金，之後不收。
loan-view-prepay-no-penalty = 現在提前還款不收違約金。
loan-view-prepay-shorter-term = 月供不變，縮短期限
loan-view-prepay-shorter-term-detail = 每期仍還 { $installment }，還剩 { $count } 期，少付利息 { $saved }。
loan-view-prepay-lower-installment = 期限不變，減少月供
loan-view-prepay-lower-installment-detail = 每期改為 { $installment }，還剩 { $count } 期，少付利息 { $saved }。
loan-view-prepay-settles = 付清後這筆貸款即結清。

# Words of the loan offer, plan recommendation and early-repayment screens. The APR labels are
# in loan.ftl.

loan-view-amount = Amount
loan-view-term = Term
loan-view-term-months = { $months ->
    [one] 1 month
   *[other] { $months } months
}
loan-view-method = Repayment method
loan-view-first-due = First due date
loan-view-maturity = Last due date
loan-view-paid-out = Paid into your account
loan-view-level-amount = Each installment
loan-view-nominal-rate = Nominal annual rate (excluding fees, for reference only)

loan-view-fee-upfront = { $fee } (charged when the loan is paid out)
loan-view-fee-periodic = { $fee } (charged with every installment)
loan-view-no-fees = This loan has no fees besides interest.

loan-view-total-interest = Total interest
loan-view-total-fees = Total fees
loan-view-total-cost = Total cost of borrowing (interest and all fees)
loan-view-total-repayable = Total to repay

loan-view-col-number = No.
loan-view-col-due-date = Due date
loan-view-col-principal = Principal
loan-view-col-interest = Interest
loan-view-col-fees = Fees
loan-view-col-total = Total due
loan-view-col-remaining = Principal left

loan-view-plan-title = { $method } · { $months ->
    [one] 1 month
   *[other] { $months } months
}
loan-view-largest-installment = Largest installment

loan-view-prepay-date = Repayment date
loan-view-prepay-outstanding = Principal outstanding
loan-view-prepay-principal = Principal repaid now
loan-view-prepay-interest = Interest due (since the last due date)
loan-view-prepay-penalty = Early-repayment penalty
loan-view-prepay-total = Total to pay now
loan-view-prepay-penalty-until = Repaying early on or before { $date } costs a penalty; after that it is free.
loan-view-prepay-no-penalty = Repaying early now costs no penalty.
loan-view-prepay-shorter-term = Same installment, shorter term
loan-view-prepay-shorter-term-detail = You keep paying { $installment }, { $count } installments left, { $saved } less interest.
loan-view-prepay-lower-installment = Same term, lower installment
loan-view-prepay-lower-installment-detail = Each installment becomes { $installment }, { $count } installments left, { $saved } less interest.
loan-view-prepay-settles = Once paid, the loan is settled.

# Loan pricing: repayment methods, fees, APR, compliance flags, plan advice and loan errors.

loan-method-equal-installment = Equal installments
loan-method-equal-principal = Equal principal
loan-method-interest-first = Interest first, principal at the end
loan-method-bullet = Principal and interest at maturity

loan-fee-service = Service fee
loan-fee-insurance = Insurance premium
loan-fee-guarantee = Guarantee fee
loan-fee-other = Other fee

loan-apr-simple = APR (simple interest)
loan-apr-compound = APR (compound)
loan-apr-basis-monthly = Worked out from the real cash flows, month by month, including every fee.
loan-apr-basis-days = Worked out from the real cash flows on their actual dates (days / 365), including every fee.
loan-apr-monthly-secondary = Equivalent monthly rate (for reference only)
loan-apr-daily-secondary = Equivalent daily rate (for reference only)

loan-flag-caution = Caution: the APR of { $apr } is above { $threshold }, four times the one-year Loan Prime Rate. Compare other offers before you borrow.
loan-flag-strongest = Warning: the APR of { $apr } is above { $threshold }. This loan is very expensive; do not sign before you are sure you can repay it, and never pay any fee before the money arrives.

loan-purpose-farming = farming
loan-purpose-business = your business
loan-purpose-household = household spending
loan-purpose-education = education
loan-purpose-medical = medical costs
loan-purpose-other = other needs

loan-plan-need = You need { $amount } for { $purpose } and can repay up to { $capacity } in an ordinary month.
loan-plan-chosen = We suggest { $method } over { $months } { $months ->
        [one] month
       *[other] months
    }: it costs { $cost } in interest and fees in total, the least of all plans you can afford. The largest installment is { $largest }; the APR is { $apr }.
loan-plan-seasonal = The large repayment falls in a month when you said you have income.
loan-plan-paid-out-in-full = We lend exactly the { $amount } you need, no more, and all of it reaches your account.
loan-plan-paid-out-less-fees = We lend exactly what you need, no more; { $fees } in fees is deducted, so { $paid_out } reaches your account.
loan-plan-runners-up = Other plans that also fit:
loan-plan-runner-up = { $method }, { $months } { $months ->
        [one] month
       *[other] months
    }: { $cost } in total cost, largest installment { $largest }, APR { $apr }.
loan-plan-nothing-fits = None of this product's plans fits what you can repay ({ $capacity } a month).
loan-plan-closest = The nearest is { $method } over { $months } { $months ->
        [one] month
       *[other] months
    }, with a largest installment of { $largest } (total cost { $cost }, APR { $apr }).
loan-plan-nothing-fits-advice = You could borrow less, or ask an advisor to call you back to find a plan together.

error-loan-amount-out-of-range = This loan lends between { $min } and { $max }.
error-loan-amount-not-positive = Please enter an amount above zero.
error-loan-term-not-offered = A term of { $months } months is not offered for this loan. Please choose one of the terms shown.
error-loan-method-not-allowed = This repayment method is not available for this loan.
error-loan-disbursement-after-first-due = The first repayment date must come after the day the money is paid out.
error-loan-first-due-too-far = The first repayment date can be at most two months after the money is paid out.
error-loan-date-out-of-range = That date is outside the range we can handle.
error-loan-fees-exceed-principal = The fees would take up the whole loan amount. Please choose a larger amount.
error-loan-product-invalid = This loan product is set up incorrectly. Please contact the bank.
error-loan-apr-unsolvable = The annual percentage rate of this offer cannot be worked out, so it cannot be offered. Please contact the bank.
error-loan-prepayment-date-invalid = Early repayment is only possible between the day the money is paid out and the final repayment date.
error-loan-prepayment-over-outstanding = You can repay at most the { $outstanding } still outstanding; to repay everything, choose full repayment.
error-loan-plan-input-invalid = Please check what you entered: months must be 1 to 12, and amounts cannot be negative.
error-line-draw-over-limit = You can draw at most { $available } from your credit line right now.
error-line-repayment-over-owed = You owe { $owed } in total; a repayment cannot be larger than that.
error-line-before-opening = That date is before your credit line was opened.
error-line-statement-period-invalid = A statement period must end on or after the day it starts.

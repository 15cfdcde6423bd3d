# Messages about talking to the bank: sign-in, network, money movements, appointments.

error-bank-config = No bank address is set, or it is not secure (it must use HTTPS).
error-bank-unreachable = The bank cannot be reached right now. Check your connection and try again.
error-bank-busy = The bank is busy. Please try again in a moment.
error-bank-outcome-unknown = We cannot yet confirm whether this went through. Please do not pay again: trying again later finds out, and the money is never taken twice.
error-bank-signed-out = Your sign-in has expired. Please sign in again.
error-bank-wrong-sms-code = The code is wrong or has expired. Ask for a new one, and never tell anyone your code.
error-bank-invalid-phone = Enter an 11-digit mainland China mobile number.
error-bank-not-found = This record could not be found.
error-bank-insufficient-credit = The amount is more than your available credit.
error-bank-amount-exceeds-balance = The amount is more than you owe.
error-bank-repayment-exceeds-amount-due = The amount is more than is due now. To repay more, ask for an early-repayment quote first.
error-bank-loan-settled = This loan is already repaid.
error-bank-prepayment-below-amount-paid-ahead = You have already paid more toward this installment than this early repayment would cost. Repay more principal early, or try again after this installment's due date.
error-bank-quote-invalid = The early-repayment quote is no longer valid. Please ask for a new one.
error-bank-slot-full = This time slot is fully booked. Please choose another.
error-bank-already-booked = You have already booked this time slot.
error-bank-already-disbursed = This loan has already been paid out.
error-bank-refused = The bank could not accept this request. If in doubt, call the bank's service line.

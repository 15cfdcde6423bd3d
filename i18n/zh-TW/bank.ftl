# 與銀行通訊時的訊息：登入、網路、資金操作、預約。

error-bank-config = 尚未設定銀行位址，或位址不安全（必須使用 HTTPS）。
error-bank-unreachable = 暫時連不上銀行，請檢查網路後再試。
error-bank-busy = 銀行系統正忙，請稍後再試。
error-bank-outcome-unknown = 暫時無法確認這筆操作是否已完成。請不要重複付款：稍後重試會自動查明結果，錢不會被扣兩次。
error-bank-signed-out = 登入已過期，請重新登入。
error-bank-wrong-sms-code = 驗證碼不正確或已過期，請重新取得。切勿把驗證碼告訴任何人。
error-bank-invalid-phone = 請輸入 11 位中國大陸手機號碼。
error-bank-not-found = 沒有找到這項紀錄。
error-bank-insufficient-credit = 金額超過了可用額度。
error-bank-amount-exceeds-balance = 金額超過了應還總額。
error-bank-repayment-exceeds-amount-due = 還款金額超過了本期應還金額。如需多還，請先取得提前還款報價。
error-bank-loan-settled = 這筆貸款已經還清。
error-bank-prepayment-below-amount-paid-ahead = 本期已經提前還入的錢，比這次提前還款要付的還多。請提高提前還款的本金，或等本期扣款日過後再申請。
error-bank-quote-invalid = 提前還款報價已失效，請重新取得報價。
error-bank-slot-full = 這個時段已約滿，請選擇其他時段。
error-bank-already-booked = 您已預約過這個時段。
error-bank-already-disbursed = 這筆貸款已經撥款。
error-bank-refused = 銀行未能受理這項請求。如有疑問，請致電銀行客服。

# Identity validation: resident ID, mobile number, bank card, business credit code, names.
# Messages never repeat what the customer typed; they give counts and positions only.

error-id-empty = Please enter the ID card number.
error-id-length = An ID card number has { $expected } characters, but what you entered has { $actual }. Please count them again against your ID card.
error-id-bad-character = Character { $position } cannot be part of an ID card number. It has only digits, and the letter X may only be the last character.
error-id-check-character = The last character does not match — please check each digit against your ID card.
error-id-unknown-province = The first two digits do not belong to any province. Please check them against your ID card.
error-id-impossible-date = The date of birth inside this number (digits 7 to 14) is not a real date. Please check those digits against your ID card.
error-id-birth-in-future = The date of birth inside this number is later than today. Please check the digits against your ID card.
error-id-under-age = Loans are only for people aged { $minimum } or over. By this ID card number you are { $age }.

error-mobile-empty = Please enter your mobile phone number.
error-mobile-length = A mobile phone number has { $expected } digits, but what you entered has { $actual }.
error-mobile-bad-character = Character { $position } is not a digit. A mobile phone number has digits only.
error-mobile-not-mainland = This is not a mainland China mobile number. It should start with 13, 14, 15, 16, 17, 18 or 19.

error-card-empty = Please enter the bank card number.
error-card-length = A bank card number has { $min } to { $max } digits, but what you entered has { $actual }.
error-card-bad-character = Character { $position } is not a digit. A bank card number has digits only.
error-card-check-digit = This card number is not right — one digit is probably mistyped. Please check each digit against your card.
error-card-unknown-bank = We cannot tell which bank issued this card, so the loan cannot be paid into it. Please use a debit card of a major bank, or call us for help.
error-card-credit-not-allowed = This is a credit card. A loan can only be paid into a debit card (savings card) in your own name.

error-uscc-empty = Please enter the unified social credit code of the business.
error-uscc-length = A unified social credit code has { $expected } characters, but what you entered has { $actual }.
error-uscc-bad-character = Character { $position } cannot be part of a unified social credit code. Please check it against the business licence (the code never uses the letters I, O, S, V or Z).
error-uscc-check-character = The last character does not match — please check each character against the business licence.

error-name-mismatch = The name on the bank card must be exactly the same as the applicant's name. Please use a card in your own name.

card-type-debit = Debit card
card-type-credit = Credit card

bank-icbc = Industrial and Commercial Bank of China
bank-ccb = China Construction Bank
bank-abc = Agricultural Bank of China
bank-boc = Bank of China
bank-bocom = Bank of Communications
bank-psbc = Postal Savings Bank of China
bank-cmb = China Merchants Bank
bank-citic = China CITIC Bank
bank-ceb = China Everbright Bank
bank-cib = Industrial Bank
bank-spdb = Shanghai Pudong Development Bank
bank-cmbc = China Minsheng Bank
bank-pingan = Ping An Bank
bank-huaxia = Hua Xia Bank
bank-cgb = China Guangfa Bank

identity-sex-male = Male
identity-sex-female = Female

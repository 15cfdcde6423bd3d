# Messages of the core kernel: money, rates, storage, secrets, configuration.

app-name = Puhui
mode-standard = Standard
mode-elder = Senior mode
error-internal = Something went wrong on our side. Please try again; if it keeps happening, call the bank.
error-money-not-a-number = Please enter an amount in numbers, for example 1000 or 1000.50.
error-money-too-precise = An amount can have at most two decimal places (fen).
error-money-out-of-range = That amount is too large.
error-rate-negative = An interest rate cannot be negative.
error-rate-absurd = That interest rate is not plausible. Please check it.
error-store = Your saved data could not be read or written. Please check free space and restart the app.
error-secrets-unavailable = The system's secure password store is not available, so you cannot stay signed in. Please unlock or enable it.
error-secrets-failed = The system's secure password store refused the request. Please try again.
error-config-insecure-bank-url = The bank address must use HTTPS.
error-config-no-data-dir = No folder was given for the app's data.

# Anti-fraud: risky-action interception (cooling-off, checklist, block).

af-intercept-proceed = You can continue
af-intercept-warn = Please pause and make sure nobody is directing you
af-intercept-block = To protect your money, this action has been stopped
af-risk-sensitive-action = Scammers often push people into this action.
af-risk-on-call = You are on a call. Scammers often give instructions over the phone while you act.
af-risk-screen-sharing = Your screen is being shared or recorded; others may see your codes and passwords.
af-risk-guided-remotely = You are on a call while your screen is shared: the typical sign of a remote-guided scam.
af-risk-new-payee = The receiving account has never been used before.
af-risk-night-time = It is late at night, when scammers like to rush people into transfers.
af-risk-large-amount = The amount is much larger than usual for you.
af-risk-scam-answer = Your answer matches a common scam.
af-check-someone-told-me = Did someone on the phone, by text or in a chat tell you to do this?
af-check-secret = Has anyone asked you to keep this secret from your family or the bank?
af-check-refund-unfreeze = Has anyone promised you a refund, compensation or to "unfreeze" money?
af-check-code = Has anyone asked you for a code or password?
af-check-fee-for-loan = Has anyone said you must pay a fee before you can get a loan?
af-check-payee-unknown = Is the person receiving the money someone you have never met?

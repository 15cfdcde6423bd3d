# Words on the screens of the desktop and phone apps. Messages whose id starts with ui- are
# sent to the screens in one batch.

ui-app-title = Puhui
ui-home-title = Home
ui-sandbox-banner = Demo bank: all data here is simulated and no real money moves.
ui-mode-standard = Standard
ui-mode-elder = Senior mode
ui-mode-switch-to-elder = Switch to Senior mode (large text, fewer steps)
ui-mode-switch-to-standard = Switch to Standard mode
ui-language = Language
ui-tile-loans = Quick loans
ui-tile-loans-hint = Apply online, every fee shown up front
ui-tile-post-loan = My loans
ui-tile-post-loan-hint = Repay, change the debit day, book a branch visit
ui-tile-anti-fraud = Scam checker
ui-tile-anti-fraud-hint = Got a suspicious message? Paste it here
ui-call-bank = Talk to a person at the bank
ui-ask-family = Ask a family member for help
ui-anti-fraud-hotline = Anti-fraud hotline 96110
ui-fraud-warning = A real bank never charges a fee before paying out a loan, and never asks you to move money to a "safe account".
ui-coming-soon = This part is still being built.
ui-error-title = Something went wrong
ui-language-zh-cn = 简体中文
ui-language-zh-tw = 繁體中文
ui-language-en = English
ui-checker-title = Scam checker: is this message safe?
ui-checker-text-label = Paste the text message or chat you received here
ui-checker-sender-label = Sender's number (optional)
ui-checker-submit = Check it
ui-checker-phrases = What raised the alarm
ui-back = Back to Home

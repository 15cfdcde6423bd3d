# 反詐：風險操作攔截（冷靜期、自查清單、阻止）。

af-intercept-proceed = 可以繼續
af-intercept-warn = 請先停一停，確認不是被人指使
af-intercept-block = 為了您的資金安全，這個操作已暫停
af-risk-sensitive-action = 這是騙子常誘導的操作。
af-risk-on-call = 您正在通話中。騙子常邊打電話邊指揮操作。
af-risk-screen-sharing = 螢幕正在共享或錄製，別人可能看到您的驗證碼和密碼。
af-risk-guided-remotely = 您正在通話，同時螢幕被共享，這是遠端操控詐騙的典型特徵。
af-risk-new-payee = 收款帳戶是第一次使用。
af-risk-night-time = 現在是深夜，騙子常挑這個時候催人轉帳。
af-risk-large-amount = 金額比您平時大很多。
af-risk-scam-answer = 您的回答與常見詐騙情形相符。
af-check-someone-told-me = 是否有人通過電話、簡訊或聊天讓您做這個操作？
af-check-secret = 是否有人要求您保密，不要告訴家人或銀行？
af-check-refund-unfreeze = 是否有人承諾給您退款、賠償，或幇您“解凍”資金？
af-check-code = 是否有人向您索要驗證碼或密碼？
af-check-fee-for-loan = 是否有人說要先交費用才能拿到貸款？
af-check-payee-unknown = 收款人是不是您從未見過面的人？

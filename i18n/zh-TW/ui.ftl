# 桌面應用程式和手機應用程式介面上的文字。鍵名以 ui- 開頭的訊息會整批傳給介面。

ui-app-title = 普惠
ui-home-title = 首頁
ui-sandbox-banner = 示範銀行：這裡的資料都是模擬的，不會動用真實資金。
ui-mode-standard = 標準版
ui-mode-elder = 長輩版
ui-mode-switch-to-elder = 切換到長輩版（大字、步驟少）
ui-mode-switch-to-standard = 切換到標準版
ui-language = 語言
ui-tile-loans = 快貸
ui-tile-loans-hint = 線上申請，費用全部先說清楚
ui-tile-post-loan = 貸後服務
ui-tile-post-loan-hint = 還款、改扣款日、預約網點
ui-tile-anti-fraud = 防騙小幫手
ui-tile-anti-fraud-hint = 收到可疑簡訊？貼進來查一查
ui-call-bank = 一鍵聯絡銀行真人客服
ui-ask-family = 請家人幫忙
ui-anti-fraud-hotline = 反詐專線 96110
ui-fraud-warning = 正規銀行放款前不會收取任何費用，也不會讓您轉帳到「安全帳戶」。
ui-coming-soon = 此功能正在建置中。
ui-error-title = 出錯了
ui-language-zh-cn = 简体中文
ui-language-zh-tw = 繁體中文
ui-language-en = English

# 核心模組的訊息：金額、利率、儲存、金鑰、設定。

app-name = 普惠
mode-standard = 標準版
mode-elder = 長輩版
error-internal = 系統出了點問題，請稍後再試；如果一直如此，請致電銀行。
error-money-not-a-number = 請用數字輸入金額，例如 1000 或 1000.50。
error-money-too-precise = 金額最多保留兩位小數（到分）。
error-money-out-of-range = 金額過大。
error-rate-negative = 利率不能為負數。
error-rate-absurd = 這個利率不合常理，請核對。
error-store = 無法讀取或儲存您的資料，請檢查儲存空間後重新開啟應用程式。
error-secrets-unavailable = 系統的安全密碼儲存不可用，無法保持登入。請解鎖或啟用它。
error-secrets-failed = 系統的安全密碼儲存拒絕了請求，請再試一次。
error-config-insecure-bank-url = 銀行位址必須使用 HTTPS。
error-config-no-data-dir = 沒有指定應用程式資料的存放目錄。

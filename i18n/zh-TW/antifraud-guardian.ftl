# 親情守護 screens: what the customer reads before and after naming a family guardian.

af-guardian-title = 親情守護
af-guardian-intro = 開啟後，當您的操作被提醒或被暫停時，銀行會發簡訊告訴您的家人。請逐項勾選願意分享的內容，前兩項必須勾選，其餘可以不選。
af-guardian-active = 已開啟親情守護，守護人是{ $name }。
af-guardian-off = 親情守護已關閉，之後不會再通知任何人。
af-guardian-notified = 我們已告訴您的親情守護人{ $name }，家人可能會打電話關心您。

# 反詐小測驗: each question has three options and an explanation, readable aloud.

af-quiz-title = 反詐小測驗
af-quiz-correct = 答對了。
af-quiz-wrong = 答錯了，正確答案是{ $option }。
af-quiz-option-label = 選項{ $option }
af-quiz-progress = 已答{ $answered }題，共{ $total }題，答對{ $score }題。
af-quiz-best = 最好成績：答對{ $best }題。
af-quiz-complete = 全部答完了。想再練一次，可以重新開始。

af-quiz-task-advance-pay-q = 網上兼職說點贊就能賺錢，但下一單要先墊錢，這是什麼？
af-quiz-task-advance-pay-a = 一份輕鬆的副業
af-quiz-task-advance-pay-b = 刷單返利詐騙
af-quiz-task-advance-pay-c = 平台的正常規則
af-quiz-task-advance-pay-explain = 凡是要您先墊錢的兼職都是詐騙，刷單本身也是違法的。

af-quiz-task-stuck-order-q = 群主說您刷的單卡住了，要再付一筆才能解凍，您應該怎麼做？
af-quiz-task-stuck-order-a = 再付一次，把本錢拿回來
af-quiz-task-stuck-order-b = 向親戚借錢湊齊
af-quiz-task-stuck-order-c = 停止付款，保存證據，報警
af-quiz-task-stuck-order-explain = 卡單和解凍只是讓您繼續付錢的藉口，付得越多，損失越大。

af-quiz-invest-guaranteed-q = 有人推薦一個穩賺不賠、收益很高的內部專案，怎麼判斷？
af-quiz-invest-guaranteed-a = 承諾保本又高收益的都是騙局
af-quiz-invest-guaranteed-b = 熟人推薦的就可以相信
af-quiz-invest-guaranteed-c = 先投一點試試看
af-quiz-invest-guaranteed-explain = 正規投資都有風險，沒有人能保證穩賺。內部渠道和高收益正是騙子的誘餌。

af-quiz-invest-withdraw-tax-q = 投資平台顯示賺了錢，但提現前要先交稅費或保證金，這說明什麼？
af-quiz-invest-withdraw-tax-a = 平台是騙局，不要再充值
af-quiz-invest-withdraw-tax-b = 這是正常手續
af-quiz-invest-withdraw-tax-c = 多充一點錢就能提現
af-quiz-invest-withdraw-tax-explain = 正規平台的稅費從收益裡扣，不會讓您另外轉錢。要先交錢才能提現，錢就取不出來了。

af-quiz-loan-fee-first-q = 貸款還沒到帳，對方要先收保證金和會員費，哪種說法是對的？
af-quiz-loan-fee-first-a = 交了就能更快放款
af-quiz-loan-fee-first-b = 找朋友借錢先交上
af-quiz-loan-fee-first-c = 正規貸款放款前不收費，這是詐騙
af-quiz-loan-fee-first-explain = 真正的銀行和持牌機構在放款前不收任何費用。放款前收錢，就是虛假貸款。

af-quiz-loan-unfreeze-q = 對方說您的銀行卡號填錯了，貸款被凍結，要交解凍金，您應該怎麼做？
af-quiz-loan-unfreeze-a = 交解凍金
af-quiz-loan-unfreeze-b = 結束通話，通過銀行官方渠道更正卡號
af-quiz-loan-unfreeze-c = 把驗證碼告訴對方，讓他幫忙處理
af-quiz-loan-unfreeze-explain = 放款失敗只需要更正卡號，銀行絕不會收解凍費。

af-quiz-loan-screen-share-q = 自稱貸款顧問的人要您開啟螢幕共享，指導您申請，怎麼辦？
af-quiz-loan-screen-share-a = 拒絕並結束通話，螢幕共享會洩露驗證碼和密碼
af-quiz-loan-screen-share-b = 開啟共享，辦起來更方便
af-quiz-loan-screen-share-c = 只共享一小會兒
af-quiz-loan-screen-share-explain = 對方一旦看到您的螢幕，就能看到簡訊驗證碼和支付頁面。銀行不會要您共享螢幕。

af-quiz-cs-parcel-code-q = 陌生來電說您的快遞丟了，要三倍理賠，讓您報驗證碼，怎麼辦？
af-quiz-cs-parcel-code-a = 報驗證碼領取理賠
af-quiz-cs-parcel-code-b = 驗證碼不給任何人，到購物平台官方App裡檢視
af-quiz-cs-parcel-code-c = 先把銀行卡號告訴對方
af-quiz-cs-parcel-code-explain = 理賠只在平台官方App裡處理。驗證碼就像鑰匙，給了別人，錢就可能被轉走。

af-quiz-cs-membership-credit-q = 客服來電說您誤開了會員，不取消會影響徵信，這是真的嗎？
af-quiz-cs-membership-credit-a = 是真的，要趕緊按他說的操作
af-quiz-cs-membership-credit-b = 下載他發的會議軟體就能解決
af-quiz-cs-membership-credit-c = 不是，會員扣費和徵信無關，這是詐騙話術
af-quiz-cs-membership-credit-explain = 會員和訂閱可以在App設定裡自己取消，和徵信沒有任何關係。

af-quiz-police-safe-account-q = 自稱警察的人打電話，要您把錢轉到安全帳戶，您應該怎麼做？
af-quiz-police-safe-account-a = 結束通話，撥打一一零核實，公檢法沒有安全帳戶
af-quiz-police-safe-account-b = 配合轉帳，證明自己清白
af-quiz-police-safe-account-c = 按要求對家人保密
af-quiz-police-safe-account-explain = 公檢法機關不會在電話裡辦案，也從來沒有所謂的安全帳戶。

af-quiz-police-video-q = 影片電話裡有人穿警服出示通緝令，要您獨自住酒店配合調查，怎麼辦？
af-quiz-police-video-a = 按要求隔離
af-quiz-police-video-b = 先轉一筆保證金
af-quiz-police-video-c = 立即聯絡家人並報警
af-quiz-police-video-explain = 真警察不會用影片辦案，也不會要您與家人隔離。讓您獨處，是為了方便騙您轉帳。

af-quiz-credit-student-account-q = 有人說您的校園貸帳戶不登出會影響徵信，您應該怎麼做？
af-quiz-credit-student-account-a = 按指引在網貸平台借錢再轉出
af-quiz-credit-student-account-b = 直接結束通話，徵信只在人民銀行徵信中心官方渠道查詢
af-quiz-credit-student-account-c = 花錢請人幫忙登出
af-quiz-credit-student-account-explain = 根本沒有需要登出的校園貸帳戶。讓您借錢再轉出，就是要騙走這筆錢。

af-quiz-credit-whitewash-q = 花錢可以把不良徵信記錄洗白嗎？
af-quiz-credit-whitewash-a = 不可以，記錄有錯可以免費提出異議
af-quiz-credit-whitewash-b = 可以，找專業公司就行
af-quiz-credit-whitewash-c = 可以，給銀行員工交錢就行
af-quiz-credit-whitewash-explain = 不良記錄會按規定期限消除。收費洗白徵信的都是騙子。

af-quiz-shop-private-deal-q = 二手平台上的賣家價格很低，要您加好友私下交易，怎麼辦？
af-quiz-shop-private-deal-a = 私下交易省手續費
af-quiz-shop-private-deal-b = 堅持在平台內用擔保支付交易
af-quiz-shop-private-deal-c = 先付一半定金
af-quiz-shop-private-deal-explain = 離開平台交易，出了問題沒有任何保障。價格低得反常本身就是危險訊號。

af-quiz-shop-miracle-cure-q = 直播間說某種保健品包治百病，今天一折，您應該怎麼做？
af-quiz-shop-miracle-cure-a = 馬上搶購
af-quiz-shop-miracle-cure-b = 多買幾盒送親戚
af-quiz-shop-miracle-cure-c = 保健品不能代替藥品，大額消費先和家人商量
af-quiz-shop-miracle-cure-explain = 沒有包治百病的東西。限時低價是為了讓您來不及思考。

af-quiz-boss-transfer-q = 工作群裡的老闆讓您馬上給新客戶轉帳，您應該怎麼做？
af-quiz-boss-transfer-a = 當面或打老闆原來的電話核實
af-quiz-boss-transfer-b = 立刻轉帳
af-quiz-boss-transfer-c = 在群裡問一句就轉
af-quiz-boss-transfer-explain = 頭像和名字都能假冒，群裡的人也可能都是騙子。用原來的聯絡方式核實最可靠。

af-quiz-grandson-call-q = 電話裡有人說奶奶猜猜我是誰，我出事了急需用錢，怎麼辦？
af-quiz-grandson-call-a = 猜出名字後轉帳
af-quiz-grandson-call-b = 結束通話後，用原來的號碼聯絡孫子核實
af-quiz-grandson-call-c = 按對方要求保密
af-quiz-grandson-call-explain = 騙子讓您先說出名字，再冒充這個人。不確認，不轉帳。

af-quiz-romance-betting-q = 網上認識的物件帶您在一個平台下注，說發現了漏洞穩贏，怎麼辦？
af-quiz-romance-betting-a = 跟著下注
af-quiz-romance-betting-b = 先小額試試
af-quiz-romance-betting-c = 停止來往，網上認識的人談投資博彩就是騙局
af-quiz-romance-betting-explain = 殺豬盤先談感情，再帶您投資或博彩。平台是騙子自己控制的，不存在漏洞。

af-quiz-romance-gold-q = 網上認識的海外軍官要寄金條給您保管，但要您先付關稅，怎麼辦？
af-quiz-romance-gold-a = 不給沒見過面的人匯款，和家人商量
af-quiz-romance-gold-b = 先付關稅
af-quiz-romance-gold-c = 借錢付運費
af-quiz-romance-gold-explain = 身份無法核實，又要先付錢，就是詐騙。金條永遠不會寄到。

af-quiz-game-frozen-q = 賣遊戲裝備時，買家發來一個網站，說您的帳戶被凍結，要交錢解凍，怎麼辦？
af-quiz-game-frozen-a = 交錢解凍
af-quiz-game-frozen-b = 只在遊戲官方交易平台交易
af-quiz-game-frozen-c = 把遊戲帳號密碼給買家
af-quiz-game-frozen-explain = 收錢之前要先交錢，就是詐騙。非官方的交易網站都不可信。

af-quiz-game-child-code-q = 孩子用您的手機玩遊戲，有人讓孩子報驗證碼領免費皮膚，怎麼辦？
af-quiz-game-child-code-a = 告訴孩子驗證碼誰都不能給，並設定支付限額
af-quiz-game-child-code-b = 給一次沒關係
af-quiz-game-child-code-c = 讓孩子自己決定
af-quiz-game-child-code-explain = 手機上的驗證碼能動用家長的錢。給孩子講清楚，再給支付設個限額。

af-quiz-loan-bounce-q = 真正的銀行放款失敗後，會怎麼處理？
af-quiz-loan-bounce-a = 讓您交解凍費
af-quiz-loan-bounce-b = 讓您轉帳驗證流水
af-quiz-loan-bounce-c = 只請您更正銀行卡，不收任何費用
af-quiz-loan-bounce-explain = 放款退回通常是卡的問題，更正卡號後銀行會重新放款，整個過程不收錢。

af-quiz-cs-card-link-q = 簡訊說您的銀行卡即將過期，要點連結升級，怎麼辦？
af-quiz-cs-card-link-a = 點開連結升級
af-quiz-cs-card-link-b = 撥打卡片背面的官方客服電話核實
af-quiz-cs-card-link-c = 回覆簡訊問清楚
af-quiz-cs-card-link-explain = 銀行不會發連結讓您升級卡片。假網站長得和真的很像，只認官方電話和官方App。

af-quiz-task-payment-code-q = 有人想借您店裡的收款碼走流水，每筆給提成，怎麼辦？
af-quiz-task-payment-code-a = 賺點外快沒關係
af-quiz-task-payment-code-b = 只借一次
af-quiz-task-payment-code-c = 拒絕，出借收款碼可能是在幫騙子洗錢
af-quiz-task-payment-code-explain = 收款碼和銀行卡出借給別人走帳，可能被凍結，還可能要承擔法律責任。

# 以案說險: the case library. Each case has a title, what happened, the red flags and what to
# do. Written to be read aloud: plain sentences, numbers in words, no symbols.

af-cases-title = 以案說險
af-cases-flags-label = 哪裡不對勁
af-cases-action-label = 遇到了怎麼辦
af-audience-elder = 長輩不亂投
af-audience-young = 年輕人不亂貸
af-audience-small-business = 小店主防騙

af-case-likes-for-pay-title = 點贊賺佣金，越做越虧
af-case-likes-for-pay-story = 大學生小林在群裡看到點贊關注就能賺佣金。前兩單各返了十幾元，接著對方讓他做聯單任務，先墊八百元，又墊三千元，說全部做完才能一起返還。最後錢一分也沒回來。
af-case-likes-for-pay-flags = 先給小甜頭，再要求墊錢。任務做不完就不讓提現。
af-case-likes-for-pay-action = 凡是要先墊錢的兼職都是詐騙。立刻停止轉帳，保存聊天記錄，撥打九六一一零反詐專線。

af-case-shop-reviews-title = 刷好評返現，卡單要解凍
af-case-shop-reviews-story = 退休的王阿姨被拉進一個購物返利群，群主說幫商家刷好評每單都有返現。第一單確實返了錢，第二單變成兩千元，付款後對方說系統卡單，要再付一筆才能解凍。
af-case-shop-reviews-flags = 刷單本身就違法。卡單、解凍、再付一筆，都是為了讓您繼續掏錢。
af-case-shop-reviews-action = 不要再付一分錢。截圖保存證據後退群，告訴子女，並報警。

af-case-merchant-qr-title = 借收款碼走流水，小店主惹上麻煩
af-case-merchant-qr-story = 開小吃店的老陳想在淡季找副業。網上有人招線上推廣員，先收了會員費，又說要提升等級，讓他用店裡的收款碼幫忙收款再轉出去，每筆給提成。不久老陳的收款碼被凍結，還被警方約談。
af-case-merchant-qr-flags = 正規工作不會先收錢。替陌生人收款再轉出，是在幫騙子轉移贓款。
af-case-merchant-qr-action = 收款碼和銀行卡絕不出借。已經借出的，馬上停用並主動向警方說明情況。

af-case-stock-group-title = 股票學習群裡的內部平台
af-case-stock-group-story = 李大爺被陌生人拉進股票學習群，群裡天天有人曬收益。老師推薦一個內部平台，說穩賺不賠。他先投了一萬元，頁面顯示賺了不少，想取出來時，平台說要先交五分之一的個人所得稅。
af-case-stock-group-flags = 穩賺不賠和內部渠道都是誘餌。取錢之前先交稅費，說明錢根本取不出來。
af-case-stock-group-action = 買賣股票只用持牌證券公司的官方App。別再充值，保存證據，報警。

af-case-crypto-mentor-title = 投資導師教抄底，借網貸加倉
af-case-crypto-mentor-story = 剛工作的小周在社交軟體上認識一位投資導師，對方教他在一個數字貨幣網站抄底。頭幾天小額提現都成功了，他便借網貸加倉到五萬元。幾天後網站再也打不開。
af-case-crypto-mentor-flags = 陌生人主動帶您投資。先讓您小額提現，是為了騙取信任。勸您借錢投資，更是危險訊號。
af-case-crypto-mentor-action = 不借錢投資，不下載陌生人發來的平台。虛擬貨幣交易在國內不受法律保護。

af-case-pension-project-title = 養老專案月月返息
af-case-pension-project-story = 社區裡有人推銷養老專案，說投入十萬元，每月返息兩千元，年底還送養老床位。前幾個月確實收到了利息，後來公司關門，負責人聯絡不上。
af-case-pension-project-flags = 回報遠高於銀行存款。拉人入夥送禮品。用前幾期利息換取信任。
af-case-pension-project-action = 理財請到銀行網點或持牌機構辦理，先查資質。回報越高，越要和家人商量。

af-case-upfront-fee-title = 秒批貸款，先交保證金
af-case-upfront-fee-story = 小劉急需周轉，收到簡訊說無抵押秒批五萬元。他從簡訊連結下載了一個App，頁面顯示審批通過，卻要先交保證金和會員費才能放款。交了三千元後，客服又說流水不足，還要再交。
af-case-upfront-fee-flags = 放款之前收費。貸款App來自簡訊連結，不在正規App商店。
af-case-upfront-fee-action = 正規貸款放款前不收任何費用。只在銀行官方App或網點申請貸款。

af-case-wrong-card-title = 卡號填錯，資金凍結
af-case-wrong-card-story = 小趙在一個貸款App上申請兩萬元，對方說他的銀行卡號填錯了，資金被凍結，要他先轉一筆解凍金，證明自己有還款能力。
af-case-wrong-card-flags = 卡號填錯被凍結、解凍金、驗資，都是虛假貸款的固定說法。
af-case-wrong-card-action = 真正的銀行放款失敗，只會請您更正卡號，絕不收解凍費。結束通話電話，聯絡銀行官方客服核實。

af-case-loan-agent-title = 貸款顧問要共享螢幕
af-case-loan-agent-story = 五金店老闆張姐接到電話，對方自稱銀行合作的貸款顧問，能幫她拿到低息經營貸。對方先要手續費，又讓她開啟螢幕共享，說要一步一步指導操作。
af-case-loan-agent-flags = 自稱銀行合作的中介收手續費。要求螢幕共享，就能看到您的驗證碼和密碼。
af-case-loan-agent-action = 銀行的經營貸在官方渠道免費申請。誰要您共享螢幕，馬上停止並結束通話。

af-case-lost-parcel-title = 快遞丟了，三倍理賠
af-case-lost-parcel-story = 劉奶奶接到電話，說她的快遞丟了，可以賠三倍。對方讓她掃碼進入理賠頁面，填寫銀行卡號和簡訊驗證碼。填完不久，卡裡的錢就被轉走了。
af-case-lost-parcel-flags = 陌生人主動來電理賠。理賠頁面要銀行卡號和驗證碼。
af-case-lost-parcel-action = 理賠只在購物平台的官方App裡處理。簡訊驗證碼誰問都不能給。

af-case-cancel-membership-title = 不取消會員會影響徵信
af-case-cancel-membership-story = 小孫接到自稱平台客服的電話，說他誤開通了會員，不取消每月會自動扣費，還會影響徵信。對方讓他下載會議軟體，共享螢幕，一步一步操作退款。
af-case-cancel-membership-flags = 用影響徵信來嚇人。會議軟體加螢幕共享，是為了看到您的驗證碼。
af-case-cancel-membership-action = 自己在App的設定裡檢視訂閱。會員扣費和徵信沒有關係。

af-case-card-upgrade-title = 銀行卡過期，點連結升級
af-case-card-upgrade-story = 一位小超市老闆收到簡訊，說他的銀行卡即將過期，請點連結升級。連結開啟後和銀行官網很像，要他輸入卡號、密碼和驗證碼。
af-case-card-upgrade-flags = 連結不是銀行的官方網址。一個頁面同時要密碼和驗證碼。
af-case-card-upgrade-action = 銀行不會發簡訊讓您點連結升級卡片。請撥打卡片背面的官方客服電話核實。

af-case-safe-account-title = 公安來電，錢轉安全帳戶
af-case-safe-account-story = 陳大爺接到自稱公安局的電話，說他的身份證被用在一起洗錢案裡。對方要他不許告訴任何人，並把存款轉到安全帳戶接受審查。
af-case-safe-account-flags = 公檢法通過電話辦案。所謂的安全帳戶。要求對家人保密。
af-case-safe-account-action = 公檢法不會在電話裡辦案，更沒有安全帳戶。結束通話電話，撥打一一零或九六一一零核實。

af-case-video-warrant-title = 影片裡的通緝令
af-case-video-warrant-story = 小吳接到一個影片電話，對方穿著警服，出示了一張通緝令，說他涉嫌跨境案件，要他獨自住進酒店配合調查，並轉帳證明清白。
af-case-video-warrant-flags = 影片出示通緝令。要求您與家人隔離。要求轉帳證明清白。
af-case-video-warrant-action = 真警察不會通過影片辦案。馬上聯絡家人，並撥打一一零。

af-case-tax-summons-title = 稅務和檢察院輪番來電
af-case-tax-summons-story = 服裝店老闆先後接到自稱稅務局和檢察院的電話，說店鋪涉嫌偷稅，要先繳一筆保證金，才能不被查封。
af-case-tax-summons-flags = 多個部門輪番來電施壓。繳保證金就能免查封。
af-case-tax-summons-action = 稅務事項在官方電子稅務局或辦稅視窗處理。機關的電話請自己查官方號碼回撥核實。

af-case-student-loan-title = 登出校園貸帳戶
af-case-student-loan-story = 畢業生小鄭接到電話，說他上大學時開通過校園貸帳戶，不登出會影響徵信。對方要他在幾個網貸平台借款，再把錢轉到指定帳戶清空額度。
af-case-student-loan-flags = 登出校園貸帳戶。借錢再轉到指定帳戶。
af-case-student-loan-action = 根本沒有需要登出的帳戶。徵信只在中國人民銀行徵信中心的官方渠道查詢。直接結束通話。

af-case-credit-whitewash-title = 花錢洗白徵信
af-case-credit-whitewash-story = 麵館老闆因為生意困難有過逾期。網上有人說能花錢洗白徵信，他交了六千元技術費，對方就再也聯絡不上了。
af-case-credit-whitewash-flags = 收費修復徵信。承諾刪除不良記錄。
af-case-credit-whitewash-action = 不良記錄會按規定期限自動消除。記錄有錯可以免費提出異議，不用找任何中介。

af-case-credit-freeze-title = 徵信被冒用，存款要凍結保護
af-case-credit-freeze-story = 周阿姨接到電話，說她的徵信被別人冒用了，為了安全，需要把存款轉出去凍結保護。
af-case-credit-freeze-flags = 徵信、凍結、轉帳保護，這幾個詞放在一起就是騙局。
af-case-credit-freeze-action = 徵信問題去中國人民銀行徵信中心官方渠道查詢。任何讓您轉帳保護的說法都是詐騙。

af-case-cheap-tickets-title = 低價演唱會門票
af-case-cheap-tickets-story = 小馮在二手平台看到低價演唱會門票，賣家讓他加微信私下交易。付款後，賣家把他拉黑了。
af-case-cheap-tickets-flags = 價格遠低於市場價。賣家要求離開平台私下交易。
af-case-cheap-tickets-action = 始終在平台內交易，用平台的擔保支付。

af-case-miracle-health-title = 直播間的包治百病
af-case-miracle-health-story = 直播間裡的專家說一種保健品包治百病，今天下單打一折。一位老人先後付了一萬多元，收到的只是普通糖片。
af-case-miracle-health-flags = 包治百病。限時低價，催著馬上下單。
af-case-miracle-health-action = 保健品不能代替藥品。大額消費前先和家人商量，看病請去正規醫院。

af-case-cheap-supplier-title = 低價批發貨源
af-case-cheap-supplier-story = 便利店老闆在網上找到一家低價批發商。對方要求先付全款，而且要轉到個人帳戶。錢付了以後，貨一直沒發。
af-case-cheap-supplier-flags = 生意往來卻要轉到個人帳戶。價格低得不正常。
af-case-cheap-supplier-action = 先查供應商的營業執照，用對公帳戶籤合同交易，第一次可以少量進貨驗貨。

af-case-boss-transfer-title = 老闆在群裡催轉帳
af-case-boss-transfer-story = 會計小何被拉進一個工作群，群裡的老闆頭像和名字都對。老闆說正在開會不方便接電話，讓她馬上給一個新客戶轉帳十八萬元。
af-case-boss-transfer-flags = 不方便通話卻急著轉帳。收款方是從沒打過交道的新帳戶。
af-case-boss-transfer-action = 任何轉帳要求都要當面或打老闆原來的電話核實。多問一句，老闆不會怪您。

af-case-grandson-call-title = 奶奶，猜猜我是誰
af-case-grandson-call-story = 趙奶奶接到電話，對方說奶奶是我，我打架被抓了，別告訴我爸媽，快轉兩萬元保釋金。
af-case-grandson-call-flags = 不說名字讓您猜。要求保密。急著要錢。
af-case-grandson-call-action = 先結束通話，再打孫子原來的號碼，或者問問家裡人。不確認，不轉帳。

af-case-new-number-title = 老同學換了新號碼
af-case-new-number-story = 小馬收到一條簡訊，自稱老同學換了新號碼。過了兩天，對方說急需借五千元周轉，還要把錢轉到另一個人的帳戶。
af-case-new-number-flags = 新號碼。錢要轉給第三個人。
af-case-new-number-action = 用原來的電話打過去確認是本人。影片和聲音也可能被偽造，一定要多方核實。

af-case-dating-betting-title = 網戀物件帶您下注
af-case-dating-betting-story = 小段在交友軟體上認識一位成功人士，聊了一個月後，對方說發現一個博彩平台的漏洞，讓他充值跟著下注。開始贏了一點，後來越充越多，平台不讓提現。
af-case-dating-betting-flags = 從未見過面的網戀物件談錢。所謂的平台漏洞。
af-case-dating-betting-action = 網上認識的人一談投資或博彩，就要立刻警惕。停止充值，報警。

af-case-overseas-officer-title = 海外軍官寄金條
af-case-overseas-officer-story = 獨居的孫阿姨在網上認識一位自稱海外維和軍官的男士。對方說要寄回一箱金條給她保管，但要她先付關稅和運費。
af-case-overseas-officer-flags = 海外身份無法核實。要先付關稅和運費。
af-case-overseas-officer-action = 不給從沒見過面的人匯款。和子女或社群民警聊一聊再說。

af-case-partner-shop-title = 女企業家邀您一起開網店
af-case-partner-shop-story = 離異的餐館老闆在網上結識一位女企業家，對方邀他一起投資跨境電商店鋪。他充值後，後臺顯示一直盈利，可要提現時，對方說要先交保證金。
af-case-partner-shop-flags = 感情加投資。提現之前要交錢。
af-case-partner-shop-action = 停止充值，保存聊天和轉帳記錄，報警。

af-case-game-skin-title = 賣遊戲皮膚，帳戶被凍結
af-case-game-skin-story = 中學生小葉想賣掉遊戲皮膚。買家發來一個交易網站，說他的收款帳戶被凍結，要先交錢解凍才能收款。
af-case-game-skin-flags = 不是遊戲官方的交易網站。收錢之前要先交錢。
af-case-game-skin-action = 只在遊戲官方交易平台買賣。遇到要交錢的情況，先告訴家長。

af-case-free-skins-title = 免費領皮膚，奶奶的卡被刷
af-case-free-skins-story = 小學生用奶奶的手機玩遊戲，有人說進群就能免費領皮膚，讓他掃碼，再把手機收到的驗證碼報給對方。沒過多久，奶奶銀行卡裡的錢被刷走了。
af-case-free-skins-flags = 免費領裝備。向孩子要家長手機上的驗證碼。
af-case-free-skins-action = 告訴孩子，驗證碼誰都不能給。給手機支付設定限額，不把支付密碼告訴孩子。

af-case-game-refund-title = 遊戲客服主動退款
af-case-game-refund-story = 小包在遊戲裡充值後，有人冒充遊戲客服聯絡他，說充值失敗可以退款，要他在退款頁面填寫銀行卡號和驗證碼。
af-case-game-refund-flags = 客服主動聯絡您退款。退款頁面要驗證碼。
af-case-game-refund-action = 退款只找遊戲裡的官方客服辦理。驗證碼不給任何人。

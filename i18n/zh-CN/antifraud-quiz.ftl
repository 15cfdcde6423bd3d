# 反诈小测验: each question has three options and an explanation, readable aloud.

af-quiz-title = 反诈小测验
af-quiz-correct = 答对了。
af-quiz-wrong = 答错了，正确答案是{ $option }。
af-quiz-option-label = 选项{ $option }
af-quiz-progress = 已答{ $answered }题，共{ $total }题，答对{ $score }题。
af-quiz-best = 最好成绩：答对{ $best }题。
af-quiz-complete = 全部答完了。想再练一次，可以重新开始。

af-quiz-task-advance-pay-q = 网上兼职说点赞就能赚钱，但下一单要先垫钱，这是什么？
af-quiz-task-advance-pay-a = 一份轻松的副业
af-quiz-task-advance-pay-b = 刷单返利诈骗
af-quiz-task-advance-pay-c = 平台的正常规则
af-quiz-task-advance-pay-explain = 凡是要您先垫钱的兼职都是诈骗，刷单本身也是违法的。

af-quiz-task-stuck-order-q = 群主说您刷的单卡住了，要再付一笔才能解冻，您应该怎么做？
af-quiz-task-stuck-order-a = 再付一次，把本钱拿回来
af-quiz-task-stuck-order-b = 向亲戚借钱凑齐
af-quiz-task-stuck-order-c = 停止付款，保存证据，报警
af-quiz-task-stuck-order-explain = 卡单和解冻只是让您继续付钱的借口，付得越多，损失越大。

af-quiz-invest-guaranteed-q = 有人推荐一个稳赚不赔、收益很高的内部项目，怎么判断？
af-quiz-invest-guaranteed-a = 承诺保本又高收益的都是骗局
af-quiz-invest-guaranteed-b = 熟人推荐的就可以相信
af-quiz-invest-guaranteed-c = 先投一点试试看
af-quiz-invest-guaranteed-explain = 正规投资都有风险，没有人能保证稳赚。内部渠道和高收益正是骗子的诱饵。

af-quiz-invest-withdraw-tax-q = 投资平台显示赚了钱，但提现前要先交税费或保证金，这说明什么？
af-quiz-invest-withdraw-tax-a = 平台是骗局，不要再充值
af-quiz-invest-withdraw-tax-b = 这是正常手续
af-quiz-invest-withdraw-tax-c = 多充一点钱就能提现
af-quiz-invest-withdraw-tax-explain = 正规平台的税费从收益里扣，不会让您另外转钱。要先交钱才能提现，钱就取不出来了。

af-quiz-loan-fee-first-q = 贷款还没到账，对方要先收保证金和会员费，哪种说法是对的？
af-quiz-loan-fee-first-a = 交了就能更快放款
af-quiz-loan-fee-first-b = 找朋友借钱先交上
af-quiz-loan-fee-first-c = 正规贷款放款前不收费，这是诈骗
af-quiz-loan-fee-first-explain = 真正的银行和持牌机构在放款前不收任何费用。放款前收钱，就是虚假贷款。

af-quiz-loan-unfreeze-q = 对方说您的银行卡号填错了，贷款被冻结，要交解冻金，您应该怎么做？
af-quiz-loan-unfreeze-a = 交解冻金
af-quiz-loan-unfreeze-b = 挂断，通过银行官方渠道更正卡号
af-quiz-loan-unfreeze-c = 把验证码告诉对方，让他帮忙处理
af-quiz-loan-unfreeze-explain = 放款失败只需要更正卡号，银行绝不会收解冻费。

af-quiz-loan-screen-share-q = 自称贷款顾问的人要您打开屏幕共享，指导您申请，怎么办？
af-quiz-loan-screen-share-a = 拒绝并挂断，屏幕共享会泄露验证码和密码
af-quiz-loan-screen-share-b = 打开共享，办起来更方便
af-quiz-loan-screen-share-c = 只共享一小会儿
af-quiz-loan-screen-share-explain = 对方一旦看到您的屏幕，就能看到短信验证码和支付页面。银行不会要您共享屏幕。

af-quiz-cs-parcel-code-q = 陌生来电说您的快递丢了，要三倍理赔，让您报验证码，怎么办？
af-quiz-cs-parcel-code-a = 报验证码领取理赔
af-quiz-cs-parcel-code-b = 验证码不给任何人，到购物平台官方应用里查看
af-quiz-cs-parcel-code-c = 先把银行卡号告诉对方
af-quiz-cs-parcel-code-explain = 理赔只在平台官方应用里处理。验证码就像钥匙，给了别人，钱就可能被转走。

af-quiz-cs-membership-credit-q = 客服来电说您误开了会员，不取消会影响征信，这是真的吗？
af-quiz-cs-membership-credit-a = 是真的，要赶紧按他说的操作
af-quiz-cs-membership-credit-b = 下载他发的会议软件就能解决
af-quiz-cs-membership-credit-c = 不是，会员扣费和征信无关，这是诈骗话术
af-quiz-cs-membership-credit-explain = 会员和订阅可以在应用设置里自己取消，和征信没有任何关系。

af-quiz-police-safe-account-q = 自称警察的人打电话，要您把钱转到安全账户，您应该怎么做？
af-quiz-police-safe-account-a = 挂断，拨打一一零核实，公检法没有安全账户
af-quiz-police-safe-account-b = 配合转账，证明自己清白
af-quiz-police-safe-account-c = 按要求对家人保密
af-quiz-police-safe-account-explain = 公检法机关不会在电话里办案，也从来没有所谓的安全账户。

af-quiz-police-video-q = 视频电话里有人穿警服出示通缉令，要您独自住酒店配合调查，怎么办？
af-quiz-police-video-a = 按要求隔离
af-quiz-police-video-b = 先转一笔保证金
af-quiz-police-video-c = 立即联系家人并报警
af-quiz-police-video-explain = 真警察不会用视频办案，也不会要您与家人隔离。让您独处，是为了方便骗您转账。

af-quiz-credit-student-account-q = 有人说您的校园贷账户不注销会影响征信，您应该怎么做？
af-quiz-credit-student-account-a = 按指引在网贷平台借钱再转出
af-quiz-credit-student-account-b = 直接挂断，征信只在人民银行征信中心官方渠道查询
af-quiz-credit-student-account-c = 花钱请人帮忙注销
af-quiz-credit-student-account-explain = 根本没有需要注销的校园贷账户。让您借钱再转出，就是要骗走这笔钱。

af-quiz-credit-whitewash-q = 花钱可以把不良征信记录洗白吗？
af-quiz-credit-whitewash-a = 不可以，记录有错可以免费提出异议
af-quiz-credit-whitewash-b = 可以，找专业公司就行
af-quiz-credit-whitewash-c = 可以，给银行员工交钱就行
af-quiz-credit-whitewash-explain = 不良记录会按规定期限消除。收费洗白征信的都是骗子。

af-quiz-shop-private-deal-q = 二手平台上的卖家价格很低，要您加好友私下交易，怎么办？
af-quiz-shop-private-deal-a = 私下交易省手续费
af-quiz-shop-private-deal-b = 坚持在平台内用担保支付交易
af-quiz-shop-private-deal-c = 先付一半定金
af-quiz-shop-private-deal-explain = 离开平台交易，出了问题没有任何保障。价格低得反常本身就是危险信号。

af-quiz-shop-miracle-cure-q = 直播间说某种保健品包治百病，今天一折，您应该怎么做？
af-quiz-shop-miracle-cure-a = 马上抢购
af-quiz-shop-miracle-cure-b = 多买几盒送亲戚
af-quiz-shop-miracle-cure-c = 保健品不能代替药品，大额消费先和家人商量
af-quiz-shop-miracle-cure-explain = 没有包治百病的东西。限时低价是为了让您来不及思考。

af-quiz-boss-transfer-q = 工作群里的老板让您马上给新客户转账，您应该怎么做？
af-quiz-boss-transfer-a = 当面或打老板原来的电话核实
af-quiz-boss-transfer-b = 立刻转账
af-quiz-boss-transfer-c = 在群里问一句就转
af-quiz-boss-transfer-explain = 头像和名字都能假冒，群里的人也可能都是骗子。用原来的联系方式核实最可靠。

af-quiz-grandson-call-q = 电话里有人说奶奶猜猜我是谁，我出事了急需用钱，怎么办？
af-quiz-grandson-call-a = 猜出名字后转账
af-quiz-grandson-call-b = 挂断后，用原来的号码联系孙子核实
af-quiz-grandson-call-c = 按对方要求保密
af-quiz-grandson-call-explain = 骗子让您先说出名字，再冒充这个人。不确认，不转账。

af-quiz-romance-betting-q = 网上认识的对象带您在一个平台下注，说发现了漏洞稳赢，怎么办？
af-quiz-romance-betting-a = 跟着下注
af-quiz-romance-betting-b = 先小额试试
af-quiz-romance-betting-c = 停止来往，网上认识的人谈投资博彩就是骗局
af-quiz-romance-betting-explain = 杀猪盘先谈感情，再带您投资或博彩。平台是骗子自己控制的，不存在漏洞。

af-quiz-romance-gold-q = 网上认识的海外军官要寄金条给您保管，但要您先付关税，怎么办？
af-quiz-romance-gold-a = 不给没见过面的人汇款，和家人商量
af-quiz-romance-gold-b = 先付关税
af-quiz-romance-gold-c = 借钱付运费
af-quiz-romance-gold-explain = 身份无法核实，又要先付钱，就是诈骗。金条永远不会寄到。

af-quiz-game-frozen-q = 卖游戏装备时，买家发来一个网站，说您的账户被冻结，要交钱解冻，怎么办？
af-quiz-game-frozen-a = 交钱解冻
af-quiz-game-frozen-b = 只在游戏官方交易平台交易
af-quiz-game-frozen-c = 把游戏账号密码给买家
af-quiz-game-frozen-explain = 收钱之前要先交钱，就是诈骗。非官方的交易网站都不可信。

af-quiz-game-child-code-q = 孩子用您的手机玩游戏，有人让孩子报验证码领免费皮肤，怎么办？
af-quiz-game-child-code-a = 告诉孩子验证码谁都不能给，并设置支付限额
af-quiz-game-child-code-b = 给一次没关系
af-quiz-game-child-code-c = 让孩子自己决定
af-quiz-game-child-code-explain = 手机上的验证码能动用家长的钱。给孩子讲清楚，再给支付设个限额。

af-quiz-loan-bounce-q = 真正的银行放款失败后，会怎么处理？
af-quiz-loan-bounce-a = 让您交解冻费
af-quiz-loan-bounce-b = 让您转账验证流水
af-quiz-loan-bounce-c = 只请您更正银行卡，不收任何费用
af-quiz-loan-bounce-explain = 放款退回通常是卡的问题，更正卡号后银行会重新放款，整个过程不收钱。

af-quiz-cs-card-link-q = 短信说您的银行卡即将过期，要点链接升级，怎么办？
af-quiz-cs-card-link-a = 点开链接升级
af-quiz-cs-card-link-b = 拨打卡片背面的官方客服电话核实
af-quiz-cs-card-link-c = 回复短信问清楚
af-quiz-cs-card-link-explain = 银行不会发链接让您升级卡片。假网站长得和真的很像，只认官方电话和官方应用。

af-quiz-task-payment-code-q = 有人想借您店里的收款码走流水，每笔给提成，怎么办？
af-quiz-task-payment-code-a = 赚点外快没关系
af-quiz-task-payment-code-b = 只借一次
af-quiz-task-payment-code-c = 拒绝，出借收款码可能是在帮骗子洗钱
af-quiz-task-payment-code-explain = 收款码和银行卡出借给别人走账，可能被冻结，还可能要承担法律责任。

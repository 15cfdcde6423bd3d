# 以案说险: the case library. Each case has a title, what happened, the red flags and what to
# do. Written to be read aloud: plain sentences, numbers in words, no symbols.

af-cases-title = 以案说险
af-cases-flags-label = 哪里不对劲
af-cases-action-label = 遇到了怎么办
af-audience-elder = 长辈不乱投
af-audience-young = 年轻人不乱贷
af-audience-small-business = 小店主防骗

af-case-likes-for-pay-title = 点赞赚佣金，越做越亏
af-case-likes-for-pay-story = 大学生小林在群里看到点赞关注就能赚佣金。前两单各返了十几元，接着对方让他做联单任务，先垫八百元，又垫三千元，说全部做完才能一起返还。最后钱一分也没回来。
af-case-likes-for-pay-flags = 先给小甜头，再要求垫钱。任务做不完就不让提现。
af-case-likes-for-pay-action = 凡是要先垫钱的兼职都是诈骗。立刻停止转账，保存聊天记录，拨打九六一一零反诈专线。

af-case-shop-reviews-title = 刷好评返现，卡单要解冻
af-case-shop-reviews-story = 退休的王阿姨被拉进一个购物返利群，群主说帮商家刷好评每单都有返现。第一单确实返了钱，第二单变成两千元，付款后对方说系统卡单，要再付一笔才能解冻。
af-case-shop-reviews-flags = 刷单本身就违法。卡单、解冻、再付一笔，都是为了让您继续掏钱。
af-case-shop-reviews-action = 不要再付一分钱。截图保存证据后退群，告诉子女，并报警。

af-case-merchant-qr-title = 借收款码走流水，小店主惹上麻烦
af-case-merchant-qr-story = 开小吃店的老陈想在淡季找副业。网上有人招线上推广员，先收了会员费，又说要提升等级，让他用店里的收款码帮忙收款再转出去，每笔给提成。不久老陈的收款码被冻结，还被警方约谈。
af-case-merchant-qr-flags = 正规工作不会先收钱。替陌生人收款再转出，是在帮骗子转移赃款。
af-case-merchant-qr-action = 收款码和银行卡绝不出借。已经借出的，马上停用并主动向警方说明情况。

af-case-stock-group-title = 股票学习群里的内部平台
af-case-stock-group-story = 李大爷被陌生人拉进股票学习群，群里天天有人晒收益。老师推荐一个内部平台，说稳赚不赔。他先投了一万元，页面显示赚了不少，想取出来时，平台说要先交五分之一的个人所得税。
af-case-stock-group-flags = 稳赚不赔和内部渠道都是诱饵。取钱之前先交税费，说明钱根本取不出来。
af-case-stock-group-action = 买卖股票只用持牌证券公司的官方应用。别再充值，保存证据，报警。

af-case-crypto-mentor-title = 投资导师教抄底，借网贷加仓
af-case-crypto-mentor-story = 刚工作的小周在社交软件上认识一位投资导师，对方教他在一个数字货币网站抄底。头几天小额提现都成功了，他便借网贷加仓到五万元。几天后网站再也打不开。
af-case-crypto-mentor-flags = 陌生人主动带您投资。先让您小额提现，是为了骗取信任。劝您借钱投资，更是危险信号。
af-case-crypto-mentor-action = 不借钱投资，不下载陌生人发来的平台。虚拟货币交易在国内不受法律保护。

af-case-pension-project-title = 养老项目月月返息
af-case-pension-project-story = 社区里有人推销养老项目，说投入十万元，每月返息两千元，年底还送养老床位。前几个月确实收到了利息，后来公司关门，负责人联系不上。
af-case-pension-project-flags = 回报远高于银行存款。拉人入伙送礼品。用前几期利息换取信任。
af-case-pension-project-action = 理财请到银行网点或持牌机构办理，先查资质。回报越高，越要和家人商量。

af-case-upfront-fee-title = 秒批贷款，先交保证金
af-case-upfront-fee-story = 小刘急需周转，收到短信说无抵押秒批五万元。他从短信链接下载了一个应用，页面显示审批通过，却要先交保证金和会员费才能放款。交了三千元后，客服又说流水不足，还要再交。
af-case-upfront-fee-flags = 放款之前收费。贷款应用来自短信链接，不在正规应用商店。
af-case-upfront-fee-action = 正规贷款放款前不收任何费用。只在银行官方应用或网点申请贷款。

af-case-wrong-card-title = 卡号填错，资金冻结
af-case-wrong-card-story = 小赵在一个贷款应用上申请两万元，对方说他的银行卡号填错了，资金被冻结，要他先转一笔解冻金，证明自己有还款能力。
af-case-wrong-card-flags = 卡号填错被冻结、解冻金、验资，都是虚假贷款的固定说法。
af-case-wrong-card-action = 真正的银行放款失败，只会请您更正卡号，绝不收解冻费。挂断电话，联系银行官方客服核实。

af-case-loan-agent-title = 贷款顾问要共享屏幕
af-case-loan-agent-story = 五金店老板张姐接到电话，对方自称银行合作的贷款顾问，能帮她拿到低息经营贷。对方先要手续费，又让她打开屏幕共享，说要一步一步指导操作。
af-case-loan-agent-flags = 自称银行合作的中介收手续费。要求屏幕共享，就能看到您的验证码和密码。
af-case-loan-agent-action = 银行的经营贷在官方渠道免费申请。谁要您共享屏幕，马上停止并挂断。

af-case-lost-parcel-title = 快递丢了，三倍理赔
af-case-lost-parcel-story = 刘奶奶接到电话，说她的快递丢了，可以赔三倍。对方让她扫码进入理赔页面，填写银行卡号和短信验证码。填完不久，卡里的钱就被转走了。
af-case-lost-parcel-flags = 陌生人主动来电理赔。理赔页面要银行卡号和验证码。
af-case-lost-parcel-action = 理赔只在购物平台的官方应用里处理。短信验证码谁问都不能给。

af-case-cancel-membership-title = 不取消会员会影响征信
af-case-cancel-membership-story = 小孙接到自称平台客服的电话，说他误开通了会员，不取消每月会自动扣费，还会影响征信。对方让他下载会议软件，共享屏幕，一步一步操作退款。
af-case-cancel-membership-flags = 用影响征信来吓人。会议软件加屏幕共享，是为了看到您的验证码。
af-case-cancel-membership-action = 自己在应用的设置里查看订阅。会员扣费和征信没有关系。

af-case-card-upgrade-title = 银行卡过期，点链接升级
af-case-card-upgrade-story = 一位小超市老板收到短信，说他的银行卡即将过期，请点链接升级。链接打开后和银行官网很像，要他输入卡号、密码和验证码。
af-case-card-upgrade-flags = 链接不是银行的官方网址。一个页面同时要密码和验证码。
af-case-card-upgrade-action = 银行不会发短信让您点链接升级卡片。请拨打卡片背面的官方客服电话核实。

af-case-safe-account-title = 公安来电，钱转安全账户
af-case-safe-account-story = 陈大爷接到自称公安局的电话，说他的身份证被用在一起洗钱案里。对方要他不许告诉任何人，并把存款转到安全账户接受审查。
af-case-safe-account-flags = 公检法通过电话办案。所谓的安全账户。要求对家人保密。
af-case-safe-account-action = 公检法不会在电话里办案，更没有安全账户。挂断电话，拨打一一零或九六一一零核实。

af-case-video-warrant-title = 视频里的通缉令
af-case-video-warrant-story = 小吴接到一个视频电话，对方穿着警服，出示了一张通缉令，说他涉嫌跨境案件，要他独自住进酒店配合调查，并转账证明清白。
af-case-video-warrant-flags = 视频出示通缉令。要求您与家人隔离。要求转账证明清白。
af-case-video-warrant-action = 真警察不会通过视频办案。马上联系家人，并拨打一一零。

af-case-tax-summons-title = 税务和检察院轮番来电
af-case-tax-summons-story = 服装店老板先后接到自称税务局和检察院的电话，说店铺涉嫌偷税，要先缴一笔保证金，才能不被查封。
af-case-tax-summons-flags = 多个部门轮番来电施压。缴保证金就能免查封。
af-case-tax-summons-action = 税务事项在官方电子税务局或办税窗口处理。机关的电话请自己查官方号码回拨核实。

af-case-student-loan-title = 注销校园贷账户
af-case-student-loan-story = 毕业生小郑接到电话，说他上大学时开通过校园贷账户，不注销会影响征信。对方要他在几个网贷平台借款，再把钱转到指定账户清空额度。
af-case-student-loan-flags = 注销校园贷账户。借钱再转到指定账户。
af-case-student-loan-action = 根本没有需要注销的账户。征信只在中国人民银行征信中心的官方渠道查询。直接挂断。

af-case-credit-whitewash-title = 花钱洗白征信
af-case-credit-whitewash-story = 面馆老板因为生意困难有过逾期。网上有人说能花钱洗白征信，他交了六千元技术费，对方就再也联系不上了。
af-case-credit-whitewash-flags = 收费修复征信。承诺删除不良记录。
af-case-credit-whitewash-action = 不良记录会按规定期限自动消除。记录有错可以免费提出异议，不用找任何中介。

af-case-credit-freeze-title = 征信被冒用，存款要冻结保护
af-case-credit-freeze-story = 周阿姨接到电话，说她的征信被别人冒用了，为了安全，需要把存款转出去冻结保护。
af-case-credit-freeze-flags = 征信、冻结、转账保护，这几个词放在一起就是骗局。
af-case-credit-freeze-action = 征信问题去中国人民银行征信中心官方渠道查询。任何让您转账保护的说法都是诈骗。

af-case-cheap-tickets-title = 低价演唱会门票
af-case-cheap-tickets-story = 小冯在二手平台看到低价演唱会门票，卖家让他加微信私下交易。付款后，卖家把他拉黑了。
af-case-cheap-tickets-flags = 价格远低于市场价。卖家要求离开平台私下交易。
af-case-cheap-tickets-action = 始终在平台内交易，用平台的担保支付。

af-case-miracle-health-title = 直播间的包治百病
af-case-miracle-health-story = 直播间里的专家说一种保健品包治百病，今天下单打一折。一位老人先后付了一万多元，收到的只是普通糖片。
af-case-miracle-health-flags = 包治百病。限时低价，催着马上下单。
af-case-miracle-health-action = 保健品不能代替药品。大额消费前先和家人商量，看病请去正规医院。

af-case-cheap-supplier-title = 低价批发货源
af-case-cheap-supplier-story = 便利店老板在网上找到一家低价批发商。对方要求先付全款，而且要转到个人账户。钱付了以后，货一直没发。
af-case-cheap-supplier-flags = 生意往来却要转到个人账户。价格低得不正常。
af-case-cheap-supplier-action = 先查供应商的营业执照，用对公账户签合同交易，第一次可以少量进货验货。

af-case-boss-transfer-title = 老板在群里催转账
af-case-boss-transfer-story = 会计小何被拉进一个工作群，群里的老板头像和名字都对。老板说正在开会不方便接电话，让她马上给一个新客户转账十八万元。
af-case-boss-transfer-flags = 不方便通话却急着转账。收款方是从没打过交道的新账户。
af-case-boss-transfer-action = 任何转账要求都要当面或打老板原来的电话核实。多问一句，老板不会怪您。

af-case-grandson-call-title = 奶奶，猜猜我是谁
af-case-grandson-call-story = 赵奶奶接到电话，对方说奶奶是我，我打架被抓了，别告诉我爸妈，快转两万元保释金。
af-case-grandson-call-flags = 不说名字让您猜。要求保密。急着要钱。
af-case-grandson-call-action = 先挂断，再打孙子原来的号码，或者问问家里人。不确认，不转账。

af-case-new-number-title = 老同学换了新号码
af-case-new-number-story = 小马收到一条短信，自称老同学换了新号码。过了两天，对方说急需借五千元周转，还要把钱转到另一个人的账户。
af-case-new-number-flags = 新号码。钱要转给第三个人。
af-case-new-number-action = 用原来的电话打过去确认是本人。视频和声音也可能被伪造，一定要多方核实。

af-case-dating-betting-title = 网恋对象带您下注
af-case-dating-betting-story = 小段在交友软件上认识一位成功人士，聊了一个月后，对方说发现一个博彩平台的漏洞，让他充值跟着下注。开始赢了一点，后来越充越多，平台不让提现。
af-case-dating-betting-flags = 从未见过面的网恋对象谈钱。所谓的平台漏洞。
af-case-dating-betting-action = 网上认识的人一谈投资或博彩，就要立刻警惕。停止充值，报警。

af-case-overseas-officer-title = 海外军官寄金条
af-case-overseas-officer-story = 独居的孙阿姨在网上认识一位自称海外维和军官的男士。对方说要寄回一箱金条给她保管，但要她先付关税和运费。
af-case-overseas-officer-flags = 海外身份无法核实。要先付关税和运费。
af-case-overseas-officer-action = 不给从没见过面的人汇款。和子女或社区民警聊一聊再说。

af-case-partner-shop-title = 女企业家邀您一起开网店
af-case-partner-shop-story = 离异的餐馆老板在网上结识一位女企业家，对方邀他一起投资跨境电商店铺。他充值后，后台显示一直盈利，可要提现时，对方说要先交保证金。
af-case-partner-shop-flags = 感情加投资。提现之前要交钱。
af-case-partner-shop-action = 停止充值，保存聊天和转账记录，报警。

af-case-game-skin-title = 卖游戏皮肤，账户被冻结
af-case-game-skin-story = 中学生小叶想卖掉游戏皮肤。买家发来一个交易网站，说他的收款账户被冻结，要先交钱解冻才能收款。
af-case-game-skin-flags = 不是游戏官方的交易网站。收钱之前要先交钱。
af-case-game-skin-action = 只在游戏官方交易平台买卖。遇到要交钱的情况，先告诉家长。

af-case-free-skins-title = 免费领皮肤，奶奶的卡被刷
af-case-free-skins-story = 小学生用奶奶的手机玩游戏，有人说进群就能免费领皮肤，让他扫码，再把手机收到的验证码报给对方。没过多久，奶奶银行卡里的钱被刷走了。
af-case-free-skins-flags = 免费领装备。向孩子要家长手机上的验证码。
af-case-free-skins-action = 告诉孩子，验证码谁都不能给。给手机支付设置限额，不把支付密码告诉孩子。

af-case-game-refund-title = 游戏客服主动退款
af-case-game-refund-story = 小包在游戏里充值后，有人冒充游戏客服联系他，说充值失败可以退款，要他在退款页面填写银行卡号和验证码。
af-case-game-refund-flags = 客服主动联系您退款。退款页面要验证码。
af-case-game-refund-action = 退款只找游戏里的官方客服办理。验证码不给任何人。

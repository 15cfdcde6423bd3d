# 桌面应用和手机应用界面上的文字。键名以 ui- 开头的消息会整批发给界面。

ui-app-title = 普惠
ui-home-title = 首页
ui-sandbox-banner = 演示银行：这里的数据都是模拟的，不会动用真实资金。
ui-mode-standard = 标准版
ui-mode-elder = 长辈版
ui-mode-switch-to-elder = 切换到长辈版（大字、步骤少）
ui-mode-switch-to-standard = 切换到标准版
ui-language = 语言
ui-tile-loans = 快贷
ui-tile-loans-hint = 在线申请，费用全部先说清楚
ui-tile-post-loan = 贷后服务
ui-tile-post-loan-hint = 还款、改扣款日、预约网点
ui-tile-anti-fraud = 防骗小助手
ui-tile-anti-fraud-hint = 收到可疑短信？贴进来查一查
ui-call-bank = 一键联系银行人工客服
ui-ask-family = 请家人帮忙
ui-anti-fraud-hotline = 反诈专线 96110
ui-fraud-warning = 正规银行放款前不会收取任何费用，也不会让您转账到“安全账户”。
ui-coming-soon = 此功能正在建设中。
ui-error-title = 出错了
ui-language-zh-cn = 简体中文
ui-language-zh-tw = 繁體中文
ui-language-en = English

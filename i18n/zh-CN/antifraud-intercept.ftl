# 反诈：风险操作拦截（冷静期、自查清单、阻止）。

af-intercept-proceed = 可以继续
af-intercept-warn = 请先停一停，确认不是被人指使
af-intercept-block = 为了您的资金安全，这个操作已暂停
af-risk-sensitive-action = 这是骗子常诱导的操作。
af-risk-on-call = 您正在通话中。骗子常边打电话边指挥操作。
af-risk-screen-sharing = 屏幕正在共享或录制，别人可能看到您的验证码和密码。
af-risk-guided-remotely = 您正在通话，同时屏幕被共享，这是远程操控诈骗的典型特征。
af-risk-new-payee = 收款账户是第一次使用。
af-risk-night-time = 现在是深夜，骗子常挑这个时候催人转账。
af-risk-large-amount = 金额比您平时大很多。
af-risk-scam-answer = 您的回答与常见诈骗情形相符。
af-check-someone-told-me = 是否有人通过电话、短信或聊天让您做这个操作？
af-check-secret = 是否有人要求您保密，不要告诉家人或银行？
af-check-refund-unfreeze = 是否有人承诺给您退款、赔偿，或帮您“解冻”资金？
af-check-code = 是否有人向您索要验证码或密码？
af-check-fee-for-loan = 是否有人说要先交费用才能拿到贷款？
af-check-payee-unknown = 收款人是不是您从未见过面的人？

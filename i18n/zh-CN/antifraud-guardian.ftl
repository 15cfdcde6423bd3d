# 亲情守护 screens: what the customer reads before and after naming a family guardian.

af-guardian-title = 亲情守护
af-guardian-intro = 开启后，当您的操作被提醒或被暂停时，银行会发短信告诉您的家人。请逐项勾选愿意分享的内容，前两项必须勾选，其余可以不选。
af-guardian-active = 已开启亲情守护，守护人是{ $name }。
af-guardian-off = 亲情守护已关闭，之后不会再通知任何人。
af-guardian-notified = 我们已告诉您的亲情守护人{ $name }，家人可能会打电话关心您。

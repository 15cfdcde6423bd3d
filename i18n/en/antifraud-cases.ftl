# Case library: real-life scam stories. Each case has a title, what happened, the red flags
# and what to do. Written to be read aloud: plain sentences, no symbols.

af-cases-title = Learn from real cases
af-cases-flags-label = What was wrong
af-cases-action-label = What to do
af-audience-elder = For elders: do not invest blindly
af-audience-young = For young people: do not borrow blindly
af-audience-small-business = For small business owners

af-case-likes-for-pay-title = Paid to like posts, then paying to continue
af-case-likes-for-pay-story = Lin, a student, saw a chat group offering commission for liking and following posts. The first two tasks paid him a few yuan each. Then he was told to finish a combined task by paying 800 yuan up front, then 3,000 more, and that everything would be returned at the end. He never saw the money again.
af-case-likes-for-pay-flags = Small rewards first, then a demand to pay in. No withdrawal until every task is done.
af-case-likes-for-pay-action = Any job that asks you to pay first is a scam. Stop paying at once, keep the chat records and call the anti-fraud hotline 96110.

af-case-shop-reviews-title = Cash back for reviews, then a stuck order
af-case-shop-reviews-story = Mrs Wang, a retiree, was added to a cash-back shopping group. The host said she would earn money for every fake review she posted for shops. The first order paid out. The second one cost 2,000 yuan, and after she paid she was told the order was stuck and she had to pay again to release it.
af-case-shop-reviews-flags = Fake reviews for pay are illegal in themselves. A stuck order that needs another payment is only a way to take more money.
af-case-shop-reviews-action = Do not pay anything more. Take screenshots, leave the group, tell your family and report it to the police.

af-case-merchant-qr-title = Lending a shop payment code
af-case-merchant-qr-story = Mr Chen runs a snack shop and wanted extra income in the quiet season. An online recruiter took a membership fee, then asked him to receive payments with his shop payment code and pass the money on, for a commission on each transfer. Soon his payment code was frozen and the police asked him to explain.
af-case-merchant-qr-flags = A real job never charges you first. Receiving money for strangers and passing it on helps criminals move stolen money.
af-case-merchant-qr-action = Never lend your payment code or bank card. If you already did, stop using it and tell the police what happened.

af-case-stock-group-title = An insider platform from a stock chat group
af-case-stock-group-story = Mr Li was added to a stock learning group where members showed off their profits every day. The teacher recommended an insider platform with guaranteed gains. He put in 10,000 yuan and the page showed a good profit, but when he tried to withdraw he was told to pay one fifth of it as income tax first.
af-case-stock-group-flags = Guaranteed gains and insider channels are bait. A tax to pay before you can withdraw means the money will never come out.
af-case-stock-group-action = Trade shares only in the official app of a licensed broker. Stop paying in, keep the evidence and report it to the police.

af-case-crypto-mentor-title = A mentor, a crypto dip and online loans
af-case-crypto-mentor-story = Zhou had just started work when he met an investment mentor on a social app, who taught him to buy the dip on a crypto website. Small withdrawals worked at first, so he took out online loans and put in 50,000 yuan. A few days later the website was gone.
af-case-crypto-mentor-flags = A stranger offers to guide your investing. Small withdrawals are allowed only to win your trust. Being urged to borrow to invest is a serious warning sign.
af-case-crypto-mentor-action = Never borrow to invest and never install a platform a stranger sends you. Crypto trading is not protected by law in mainland China.

af-case-pension-project-title = A retirement scheme with monthly interest
af-case-pension-project-story = A salesman in the neighbourhood promoted a retirement scheme: put in 100,000 yuan, get 2,000 yuan interest every month and a care home bed at the end of the year. The interest came for a few months. Then the office closed and nobody could be reached.
af-case-pension-project-flags = Returns far above bank deposits. Gifts for bringing in friends. Early interest paid to win trust.
af-case-pension-project-action = Buy financial products only at a bank branch or a licensed institution, and check its licence first. The higher the promised return, the more you should talk it over with your family.

af-case-upfront-fee-title = An instant loan that needs a deposit first
af-case-upfront-fee-story = Liu needed cash quickly and got a text message offering 50,000 yuan instantly with no collateral. He installed an app from the link in the message. It said his loan was approved, but he had to pay a deposit and a membership fee before the money could be paid out. After he paid 3,000 yuan, the service agent said his bank statement was too thin and asked for more.
af-case-upfront-fee-flags = Fees before the loan is paid out. A loan app from a link in a text message, not from an official app store.
af-case-upfront-fee-action = A real lender never charges anything before paying out. Apply for loans only in your bank's official app or at a branch.

af-case-wrong-card-title = A wrong card number and frozen funds
af-case-wrong-card-story = Zhao applied for 20,000 yuan in a loan app. He was then told that he had typed his card number wrong, that the money was frozen, and that he had to transfer an unfreezing fee to prove he could repay.
af-case-wrong-card-flags = A wrong card number, frozen funds, an unfreezing fee, proof of funds. These are the standard lines of fake loans.
af-case-wrong-card-action = When a real bank payout fails, you are only asked to correct the card. There is never an unfreezing fee. Hang up and call your bank on its official number.

af-case-loan-agent-title = A loan adviser who wants to see your screen
af-case-loan-agent-story = Mrs Zhang, who runs a hardware shop, got a call from someone who said he was a loan adviser working with her bank and could get her a cheap business loan. He asked for a handling fee, then asked her to share her screen so he could guide her step by step.
af-case-loan-agent-flags = An agent claiming to work with the bank charges a fee. Screen sharing lets a stranger see your codes and passwords.
af-case-loan-agent-action = Business loans from a bank are free to apply for through its official channels. If anyone asks you to share your screen, stop and hang up.

af-case-lost-parcel-title = A lost parcel and triple compensation
af-case-lost-parcel-story = Mrs Liu got a call saying her parcel was lost and she would be paid three times its value. She was asked to scan a code, open a claims page and fill in her bank card number and the code from a text message. Soon after, money left her account.
af-case-lost-parcel-flags = A stranger calls you to offer compensation. A claims page asks for your card number and a text message code.
af-case-lost-parcel-action = Claims are handled only inside the shopping platform's official app. Never give anyone a text message code.

af-case-cancel-membership-title = Cancel the membership or your credit suffers
af-case-cancel-membership-story = Sun got a call from someone claiming to be platform customer service. He said Sun had signed up for a membership by mistake, that it would be charged every month and would hurt his credit record. Sun was told to install a meeting app and share his screen to get a refund.
af-case-cancel-membership-flags = Threats about your credit record. A meeting app and screen sharing, so that they can see your codes.
af-case-cancel-membership-action = Check your subscriptions yourself in the app's settings. A membership fee has nothing to do with your credit record.

af-case-card-upgrade-title = Your card is expiring, upgrade it by link
af-case-card-upgrade-story = A small supermarket owner got a text message saying his bank card was about to expire and he should upgrade it through a link. The page looked very like the bank's website and asked for his card number, password and text message code.
af-case-card-upgrade-flags = The link is not the bank's official address. One page asks for both a password and a code.
af-case-card-upgrade-action = Banks never send links to upgrade a card. Call the official number on the back of your card to check.

af-case-safe-account-title = A police call and a safe account
af-case-safe-account-story = Mr Chen got a call from someone claiming to be from the police. He was told his identity card had been used in a money laundering case, that he must tell nobody, and that he had to move his savings to a safe account for checking.
af-case-safe-account-flags = Police handling a case by phone. A so-called safe account. Being told to keep it from your family.
af-case-safe-account-action = Police, prosecutors and courts never handle cases by phone and there is no such thing as a safe account. Hang up and call 110 or 96110 to check.

af-case-video-warrant-title = An arrest warrant on a video call
af-case-video-warrant-story = Wu got a video call from a man in police uniform who showed an arrest warrant. He said Wu was suspected in a cross-border case and had to stay alone in a hotel during the investigation and transfer money to prove his innocence.
af-case-video-warrant-flags = A warrant shown on a video call. Being cut off from your family. Paying to prove your innocence.
af-case-video-warrant-action = Real police never work through video calls. Contact your family at once and call 110.

af-case-tax-summons-title = Calls from the tax office and the prosecutors
af-case-tax-summons-story = A clothing shop owner got one call from the tax office and another from the prosecutors. Both said the shop was suspected of tax evasion and would be sealed unless she paid a deposit.
af-case-tax-summons-flags = Several authorities calling one after another to pile on pressure. A deposit that stops your shop being sealed.
af-case-tax-summons-action = Tax matters are handled through the official online tax office or at a tax service counter. Look up the official number yourself and call back to check.

af-case-student-loan-title = Closing a student loan account
af-case-student-loan-story = Zheng, a recent graduate, got a call saying he had opened a campus loan account at university and that his credit would suffer unless he closed it. He was told to borrow from several loan apps and move the money to a named account to clear the limit.
af-case-student-loan-flags = A campus loan account to close. Borrowing money and moving it to a named account.
af-case-student-loan-action = There is no such account to close. Check your credit record only through the official channels of the credit reference centre of the People's Bank of China. Just hang up.

af-case-credit-whitewash-title = Paying to clean a credit record
af-case-credit-whitewash-story = A noodle shop owner had missed some repayments when business was hard. Someone online said he could clean his credit record for a fee. He paid a 6,000 yuan technical fee and never heard from them again.
af-case-credit-whitewash-flags = A fee to repair your credit. A promise to delete bad records.
af-case-credit-whitewash-action = Negative records drop off by themselves after the legal period. A wrong record can be disputed free of charge, with no agent needed.

af-case-credit-freeze-title = Stolen credit identity and savings to protect
af-case-credit-freeze-story = Mrs Zhou got a call saying someone was using her credit identity, and that for safety she had to move her savings out to be frozen and protected.
af-case-credit-freeze-flags = Credit, freezing and a transfer for protection. Together these words mean a scam.
af-case-credit-freeze-action = Check credit matters through the official channels of the credit reference centre of the People's Bank of China. Anyone who asks you to transfer money for protection is a scammer.

af-case-cheap-tickets-title = Cheap concert tickets
af-case-cheap-tickets-story = Feng saw cheap concert tickets on a second hand marketplace. The seller asked him to add him on a chat app and pay privately. After Feng paid, the seller blocked him.
af-case-cheap-tickets-flags = A price far below the market. A seller who wants to leave the platform and deal privately.
af-case-cheap-tickets-action = Always trade inside the platform and pay through its protected payment.

af-case-miracle-health-title = A cure for everything on a live stream
af-case-miracle-health-story = An expert on a live stream said a health supplement cured every illness and was ninety percent off today only. An elderly viewer paid more than 10,000 yuan over several orders and received ordinary sugar tablets.
af-case-miracle-health-flags = A cure for everything. A low price for today only, pushing you to buy at once.
af-case-miracle-health-action = Supplements are not medicine. Talk to your family before any large purchase and see a doctor at a proper hospital.

af-case-cheap-supplier-title = A wholesale supplier with low prices
af-case-cheap-supplier-story = A convenience store owner found a cheap wholesaler online. The seller wanted full payment up front, to a personal account. The money was paid and the goods never came.
af-case-cheap-supplier-flags = A business deal paid into a personal account. Prices that are too low to be true.
af-case-cheap-supplier-action = Check the supplier's business licence, trade through company accounts with a contract, and start with a small trial order.

af-case-boss-transfer-title = The boss asks for a transfer in a chat group
af-case-boss-transfer-story = He, an accountant, was added to a work chat group where the boss had the right photo and name. The boss said he was in a meeting and could not take calls, and told her to transfer 180,000 yuan to a new client at once.
af-case-boss-transfer-flags = Cannot talk on the phone but needs money urgently. A new account nobody has dealt with before.
af-case-boss-transfer-action = Check every transfer request in person or by calling the boss on the number you already have. No boss minds one extra question.

af-case-grandson-call-title = Grandma, guess who this is
af-case-grandson-call-story = Mrs Zhao got a call. The voice said it was her grandson, that he had been arrested after a fight, that she must not tell his parents, and that she should send 20,000 yuan bail at once.
af-case-grandson-call-flags = The caller lets you guess the name. Asks you to keep it secret. Needs money urgently.
af-case-grandson-call-action = Hang up, then call your grandson on his usual number or ask the family. No transfer until you are sure.

af-case-new-number-title = An old classmate with a new number
af-case-new-number-story = Ma got a text message from someone claiming to be an old classmate with a new number. Two days later the classmate urgently needed to borrow 5,000 yuan and asked for it to go to another person's account.
af-case-new-number-flags = A new number. Money that must go to a third person.
af-case-new-number-action = Call the old number to make sure it is really them. Video and voices can be faked too, so check more than one way.

af-case-dating-betting-title = An online date who bets for you
af-case-dating-betting-story = Duan met a successful businessman on a dating app. After a month of chatting, he said he had found a loophole in a betting platform and asked Duan to top up and follow his bets. Duan won a little at first, then put in more and more, and the platform refused to pay out.
af-case-dating-betting-flags = Someone you have never met in person talks about money. A so-called platform loophole.
af-case-dating-betting-action = Be on guard the moment an online contact mentions investing or betting. Stop topping up and report it to the police.

af-case-overseas-officer-title = An officer overseas sends gold bars
af-case-overseas-officer-story = Mrs Sun, who lives alone, met a man online who said he was a peacekeeping officer abroad. He wanted to send her a box of gold bars for safe keeping, but she first had to pay the customs duty and the shipping.
af-case-overseas-officer-flags = An identity abroad that nobody can check. Duty and shipping to pay first.
af-case-overseas-officer-action = Never send money to someone you have never met. Talk it over with your children or the community police first.

af-case-partner-shop-title = A businesswoman invites you to open an online shop
af-case-partner-shop-story = A divorced restaurant owner met a businesswoman online who invited him to invest in a cross-border online shop with her. After he paid in, the shop showed steady profits, but when he tried to withdraw he was told to pay a deposit first.
af-case-partner-shop-flags = Romance mixed with investing. Money to pay before you can withdraw.
af-case-partner-shop-action = Stop paying in, keep the chats and transfer records and report it to the police.

af-case-game-skin-title = Selling a game skin and a frozen account
af-case-game-skin-story = Ye, a secondary school student, wanted to sell a game skin. The buyer sent a trading website which said Ye's receiving account was frozen and that he had to pay to unfreeze it before he could be paid.
af-case-game-skin-flags = A trading website that is not the game's own. Paying before you can be paid.
af-case-game-skin-action = Buy and sell only on the game's official trading platform. If anyone asks you for money, tell your parents first.

af-case-free-skins-title = Free skins and grandma's bank card
af-case-free-skins-story = A primary school pupil was playing a game on his grandmother's phone. Someone promised free skins for joining a group, asked him to scan a code and then to read out the code that arrived on the phone. Soon money was taken from his grandmother's bank card.
af-case-free-skins-flags = Free game items. A stranger asking a child for the code sent to a parent's phone.
af-case-free-skins-action = Teach children never to give anyone a code. Set a payment limit on the phone and keep payment passwords from children.

af-case-game-refund-title = Game support offers a refund
af-case-game-refund-story = After Bao topped up in a game, someone posing as game support contacted him, said the top up had failed and offered a refund if he filled in his bank card number and a text message code on a refund page.
af-case-game-refund-flags = Support contacts you first to offer a refund. A refund page that wants a code.
af-case-game-refund-action = Refunds are handled only by the official support inside the game. Never give anyone a code.

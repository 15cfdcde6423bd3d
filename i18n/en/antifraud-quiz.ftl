# Anti-fraud quiz: each question has three options and an explanation, readable aloud.

af-quiz-title = Anti-fraud quiz
af-quiz-correct = That is right.
af-quiz-wrong = Not quite. The right answer is { $option }.
af-quiz-option-label = Option { $option }
af-quiz-progress = { $answered } of { $total } questions answered, { $score } right.
af-quiz-best = Best result: { $best } right.
af-quiz-complete = You have answered every question. Start again to practise once more.

af-quiz-task-advance-pay-q = An online side job pays you to like posts, but the next task needs you to pay in first. What is it?
af-quiz-task-advance-pay-a = An easy side job
af-quiz-task-advance-pay-b = A task scam
af-quiz-task-advance-pay-c = A normal platform rule
af-quiz-task-advance-pay-explain = Any job that asks you to pay first is a scam, and posting fake likes or orders for pay is illegal anyway.

af-quiz-task-stuck-order-q = The group host says your task order is stuck and you must pay again to release it. What should you do?
af-quiz-task-stuck-order-a = Pay once more to get your money back
af-quiz-task-stuck-order-b = Borrow from relatives to make up the sum
af-quiz-task-stuck-order-c = Stop paying, keep the evidence and call the police
af-quiz-task-stuck-order-explain = A stuck order is only an excuse to make you pay more. The more you pay, the more you lose.

af-quiz-invest-guaranteed-q = Someone recommends an insider project with high returns and no risk. How do you judge it?
af-quiz-invest-guaranteed-a = Any promise of high returns with no risk is a scam
af-quiz-invest-guaranteed-b = It is fine if a friend recommended it
af-quiz-invest-guaranteed-c = Put in a little to try it out
af-quiz-invest-guaranteed-explain = Every real investment carries risk and nobody can guarantee gains. Insider channels and high returns are the bait.

af-quiz-invest-withdraw-tax-q = An investment platform shows a profit, but you must pay tax or a deposit before you can withdraw. What does that mean?
af-quiz-invest-withdraw-tax-a = The platform is a scam, so stop paying in
af-quiz-invest-withdraw-tax-b = It is a normal procedure
af-quiz-invest-withdraw-tax-c = Paying in more will unlock the withdrawal
af-quiz-invest-withdraw-tax-explain = Real platforms take taxes out of your gains and never ask for a separate transfer. If you must pay to withdraw, the money will not come out.

af-quiz-loan-fee-first-q = Before your loan is paid out, you are asked for a deposit and a membership fee. Which statement is right?
af-quiz-loan-fee-first-a = Paying will speed up the loan
af-quiz-loan-fee-first-b = Borrow from a friend to pay it
af-quiz-loan-fee-first-c = Real lenders charge nothing before paying out, so this is a scam
af-quiz-loan-fee-first-explain = Banks and licensed lenders never charge anything before the money is paid out. Fees before payout mean a fake loan.

af-quiz-loan-unfreeze-q = You are told your card number was wrong, your loan is frozen and you must pay an unfreezing fee. What should you do?
af-quiz-loan-unfreeze-a = Pay the unfreezing fee
af-quiz-loan-unfreeze-b = Hang up and correct the card through the bank's official channels
af-quiz-loan-unfreeze-c = Give the caller your code so he can fix it
af-quiz-loan-unfreeze-explain = When a payout fails you only need to correct the card. A bank never charges an unfreezing fee.

af-quiz-loan-screen-share-q = A loan adviser asks you to share your screen so that he can guide your application. What do you do?
af-quiz-loan-screen-share-a = Refuse and hang up, because screen sharing exposes your codes and passwords
af-quiz-loan-screen-share-b = Share the screen, it is easier
af-quiz-loan-screen-share-c = Share it just for a moment
af-quiz-loan-screen-share-explain = Whoever sees your screen sees your text message codes and payment pages. A bank never asks you to share your screen.

af-quiz-cs-parcel-code-q = A caller says your parcel was lost and offers triple compensation if you read out a code. What do you do?
af-quiz-cs-parcel-code-a = Read out the code to get paid
af-quiz-cs-parcel-code-b = Give the code to nobody and check in the shopping platform's official app
af-quiz-cs-parcel-code-c = Tell the caller your card number first
af-quiz-cs-parcel-code-explain = Claims are handled only in the platform's official app. A code is like a key: whoever has it can move your money.

af-quiz-cs-membership-credit-q = Customer service calls to say you signed up for a membership by mistake and your credit will suffer unless you cancel. Is it true?
af-quiz-cs-membership-credit-a = Yes, do what the caller says at once
af-quiz-cs-membership-credit-b = Installing the meeting app he sends will fix it
af-quiz-cs-membership-credit-c = No, membership fees have nothing to do with credit, this is a scam script
af-quiz-cs-membership-credit-explain = You can cancel memberships and subscriptions yourself in the app's settings, and they never touch your credit record.

af-quiz-police-safe-account-q = Someone claiming to be the police calls and tells you to move your money to a safe account. What should you do?
af-quiz-police-safe-account-a = Hang up and call 110 to check, because there is no safe account
af-quiz-police-safe-account-b = Transfer the money to prove your innocence
af-quiz-police-safe-account-c = Keep it from your family as told
af-quiz-police-safe-account-explain = Police, prosecutors and courts never handle cases by phone, and there is no such thing as a safe account.

af-quiz-police-video-q = On a video call a man in uniform shows an arrest warrant and tells you to stay alone in a hotel during the investigation. What do you do?
af-quiz-police-video-a = Stay alone as told
af-quiz-police-video-b = Pay a deposit first
af-quiz-police-video-c = Contact your family and call the police at once
af-quiz-police-video-explain = Real police never work through video calls or cut you off from your family. Keeping you alone makes it easier to get you to pay.

af-quiz-credit-student-account-q = A caller says your student loan account will hurt your credit unless you close it. What should you do?
af-quiz-credit-student-account-a = Borrow from loan apps as told and move the money on
af-quiz-credit-student-account-b = Hang up, and check your credit only through the official credit reference centre
af-quiz-credit-student-account-c = Pay someone to close it
af-quiz-credit-student-account-explain = There is no student loan account to close. Being told to borrow and move the money on is how they take it.

af-quiz-credit-whitewash-q = Can you pay to clean a bad credit record?
af-quiz-credit-whitewash-a = No, but a wrong record can be disputed free of charge
af-quiz-credit-whitewash-b = Yes, through a specialist company
af-quiz-credit-whitewash-c = Yes, by paying a bank employee
af-quiz-credit-whitewash-explain = Negative records drop off after the legal period. Anyone charging to clean a credit record is a scammer.

af-quiz-shop-private-deal-q = A seller on a second hand marketplace offers a low price and wants to deal privately. What do you do?
af-quiz-shop-private-deal-a = Deal privately to save fees
af-quiz-shop-private-deal-b = Insist on trading inside the platform with protected payment
af-quiz-shop-private-deal-c = Pay half as a deposit first
af-quiz-shop-private-deal-explain = Outside the platform nothing protects you. A price that is too low is a warning sign in itself.

af-quiz-shop-miracle-cure-q = A live stream says a supplement cures every illness and is ninety percent off today. What should you do?
af-quiz-shop-miracle-cure-a = Buy at once
af-quiz-shop-miracle-cure-b = Buy extra boxes for relatives
af-quiz-shop-miracle-cure-c = Supplements are not medicine, so talk to your family before a large purchase
af-quiz-shop-miracle-cure-explain = Nothing cures every illness. A price for today only is meant to stop you from thinking it over.

af-quiz-boss-transfer-q = Your boss in a work chat group tells you to pay a new client at once. What should you do?
af-quiz-boss-transfer-a = Check in person or by calling the boss on the number you already have
af-quiz-boss-transfer-b = Transfer at once
af-quiz-boss-transfer-c = Ask once in the group, then transfer
af-quiz-boss-transfer-explain = Photos and names can be copied, and everyone else in the group may be a scammer too. Checking through a contact you already had is the safe way.

af-quiz-grandson-call-q = A caller says Grandma, guess who this is, I am in trouble and need money now. What do you do?
af-quiz-grandson-call-a = Guess the name, then transfer
af-quiz-grandson-call-b = Hang up, then call your grandson on his usual number
af-quiz-grandson-call-c = Keep it secret as asked
af-quiz-grandson-call-explain = The scammer lets you say a name and then pretends to be that person. No transfer until you are sure.

af-quiz-romance-betting-q = Someone you met online invites you to bet on a platform with a loophole that always wins. What do you do?
af-quiz-romance-betting-a = Follow the bets
af-quiz-romance-betting-b = Try a small amount first
af-quiz-romance-betting-c = Stop, because an online contact who talks about investing or betting is a scam
af-quiz-romance-betting-explain = Romance scams build feelings first, then lead you into investing or betting. The platform belongs to the scammers and has no loophole.

af-quiz-romance-gold-q = An officer abroad you met online wants to send you gold bars but first needs you to pay customs duty. What do you do?
af-quiz-romance-gold-a = Send no money to someone you have never met, and talk to your family
af-quiz-romance-gold-b = Pay the duty
af-quiz-romance-gold-c = Borrow money for the shipping
af-quiz-romance-gold-explain = An identity nobody can check plus money to pay first means a scam. The gold bars will never arrive.

af-quiz-game-frozen-q = Selling a game item, the buyer sends a website saying your account is frozen and you must pay to unfreeze it. What do you do?
af-quiz-game-frozen-a = Pay to unfreeze it
af-quiz-game-frozen-b = Trade only on the game's official trading platform
af-quiz-game-frozen-c = Give the buyer your game password
af-quiz-game-frozen-explain = Paying before you can be paid is a scam. Trading websites that are not the game's own cannot be trusted.

af-quiz-game-child-code-q = A child playing on your phone is asked for a code in return for free game skins. What do you do?
af-quiz-game-child-code-a = Tell the child never to give anyone a code, and set a payment limit
af-quiz-game-child-code-b = Once does not matter
af-quiz-game-child-code-c = Let the child decide
af-quiz-game-child-code-explain = Codes sent to your phone can move your money. Explain it to children and put a limit on payments.

af-quiz-loan-bounce-q = What does a real bank do when a loan payout fails?
af-quiz-loan-bounce-a = Asks you for an unfreezing fee
af-quiz-loan-bounce-b = Asks you to transfer money to prove your income
af-quiz-loan-bounce-c = Only asks you to correct the card, free of charge
af-quiz-loan-bounce-explain = A returned payout is usually a card problem. Once the card is corrected the bank pays out again, and nothing is charged.

af-quiz-cs-card-link-q = A text message says your bank card is expiring and you should upgrade it through a link. What do you do?
af-quiz-cs-card-link-a = Open the link and upgrade
af-quiz-cs-card-link-b = Call the official number on the back of the card to check
af-quiz-cs-card-link-c = Reply to the message to ask
af-quiz-cs-card-link-explain = Banks never send links to upgrade a card. Fake sites look just like real ones, so trust only the official number and the official app.

af-quiz-task-payment-code-q = Someone wants to use your shop payment code to pass money through, for a commission on each payment. What do you do?
af-quiz-task-payment-code-a = A little extra income does no harm
af-quiz-task-payment-code-b = Lend it just once
af-quiz-task-payment-code-c = Refuse, because lending your payment code may help scammers launder money
af-quiz-task-payment-code-explain = A payment code or bank card lent to others can be frozen, and you may be held responsible by law.

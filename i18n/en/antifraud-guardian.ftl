# Family guardian screens: what the customer reads before and after naming a guardian.

af-guardian-title = Family guardian
af-guardian-intro = Once this is on, the bank texts a family member whenever one of your actions is warned about or stopped. Tick each item you agree to share. The first two are needed, the others are up to you.
af-guardian-active = Family guardian is on. Your guardian is { $name }.
af-guardian-off = Family guardian is off. Nobody will be notified from now on.
af-guardian-notified = We have let your guardian { $name } know. Your family may call to check on you.

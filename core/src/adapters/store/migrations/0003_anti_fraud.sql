-- 反诈 quiz: the first answer to each question in the current round (later answers to the
-- same question do not count), and the best score of any round.
CREATE TABLE quiz_answers (
    question_id TEXT PRIMARY KEY NOT NULL,
    chosen      TEXT NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    answered_at TEXT NOT NULL
) STRICT;

CREATE TABLE quiz_stats (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    best_score INTEGER NOT NULL DEFAULT 0 CHECK (best_score >= 0)
) STRICT;

INSERT INTO quiz_stats (id, best_score) VALUES (1, 0);

-- 亲情守护: the family contact the customer named, the items they agreed to share (ids,
-- comma-separated), and when they opted in and out. One at a time; a revoked row stays as the
-- record of what was shared until the customer names someone again.
CREATE TABLE guardian (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    name         TEXT NOT NULL,
    phone        TEXT NOT NULL,
    shared       TEXT NOT NULL,
    consented_at TEXT NOT NULL,
    revoked_at   TEXT
) STRICT;

-- The last rule-pack update from the bank, exactly as signed. It is verified again at every
-- start with the keys then configured, so a stored pack never outlives the trust in its key.
CREATE TABLE rule_pack_update (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    pack       TEXT NOT NULL,
    signature  TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;

-- Notice §1(1): school accounts linked to their phase-1 account sign in with its name as an alias.
CREATE TABLE phase1_account (
    username    VARCHAR(40) PRIMARY KEY,
    school_code VARCHAR(10) NOT NULL
);
ALTER TABLE account ADD COLUMN phase1_alias VARCHAR(40);
ALTER TABLE account ADD CONSTRAINT account_phase1_alias_key UNIQUE (phase1_alias);

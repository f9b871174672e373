-- Engagement opportunities, their translations, skills and languages, expressions of interest,
-- and the opportunity search index.
CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('volunteering', 'mentoring', 'skills_transfer', 'investment', 'grant', 'job', 'training', 'consultation')),
    primary_language TEXT NOT NULL,
    heritage_country TEXT,
    country TEXT,
    city TEXT,
    remote BOOLEAN NOT NULL DEFAULT FALSE,
    commitment TEXT,
    compensation TEXT,
    accepts_interest BOOLEAN NOT NULL DEFAULT TRUE,
    apply_url TEXT,
    expires_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'filled')),
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
-- Listings show open opportunities newest (highest id) first; the common filters walk these
-- in that order.
CREATE INDEX opportunities_status ON opportunities(status, id);
CREATE INDEX opportunities_group ON opportunities(group_id, status, id);
CREATE INDEX opportunities_heritage ON opportunities(heritage_country, status, id);
CREATE INDEX opportunities_country ON opportunities(country, status, id);

CREATE TABLE opportunity_translations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    UNIQUE (opportunity_id, language)
);

CREATE TABLE opportunity_skills (
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    skill TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, skill)
);
CREATE INDEX opportunity_skills_skill ON opportunity_skills(skill, opportunity_id);

CREATE TABLE opportunity_languages (
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, language)
);
CREATE INDEX opportunity_languages_language ON opportunity_languages(language, opportunity_id);

CREATE TABLE interests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (opportunity_id, user_id)
);
CREATE INDEX interests_user ON interests(user_id, created_at);

CREATE VIRTUAL TABLE opportunity_search USING fts5(opportunity_id UNINDEXED, document, tokenize = 'unicode61 remove_diacritics 2');

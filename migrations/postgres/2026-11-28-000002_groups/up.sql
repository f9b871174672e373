-- Groups, their translations, languages and topics, memberships, and the search index.
CREATE TABLE groups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    primary_language TEXT NOT NULL,
    heritage_country TEXT,
    residence_country TEXT,
    city TEXT,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'unlisted', 'private')),
    join_policy TEXT NOT NULL CHECK (join_policy IN ('open', 'approval')),
    website TEXT,
    contact_email TEXT,
    verified BOOLEAN NOT NULL DEFAULT FALSE,
    member_count BIGINT NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX groups_heritage ON groups(heritage_country);
CREATE INDEX groups_residence ON groups(residence_country);
CREATE INDEX groups_directory_order ON groups(member_count, id);

CREATE TABLE group_translations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    UNIQUE (group_id, language)
);

CREATE TABLE group_languages (
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (group_id, language)
);
CREATE INDEX group_languages_language ON group_languages(language);

CREATE TABLE group_topics (
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (group_id, topic)
);
CREATE INDEX group_topics_topic ON group_topics(topic);

CREATE TABLE memberships (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'organizer', 'member')),
    status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'banned')),
    message TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (group_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);

-- Accent- and case-folded text of every translation, for the directory's free-text search.
CREATE TABLE group_search (
    group_id BIGINT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);
CREATE INDEX group_search_document ON group_search USING GIN (document);

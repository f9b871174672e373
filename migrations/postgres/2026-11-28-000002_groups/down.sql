DROP TABLE group_search;
DROP TABLE memberships;
DROP TABLE group_topics;
DROP TABLE group_languages;
DROP TABLE group_translations;
DROP TABLE groups;

DROP TABLE opportunity_search;
DROP TABLE interests;
DROP TABLE opportunity_languages;
DROP TABLE opportunity_skills;
DROP TABLE opportunity_translations;
DROP TABLE opportunities;

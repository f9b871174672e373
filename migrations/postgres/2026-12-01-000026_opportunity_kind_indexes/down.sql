DROP INDEX opportunities_kind;
DROP INDEX opportunities_country_kind;

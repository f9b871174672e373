-- Opportunities by kind, with or without a country: before these, a listing filtered by
-- country and kind walked every open opportunity of the country to find the kind, all of them
-- when the country had none of that kind.
CREATE INDEX opportunities_country_kind ON opportunities(country, kind, status, id);
CREATE INDEX opportunities_kind ON opportunities(kind, status, id);

DROP TABLE auth_attempts;
DROP TABLE sessions;
DROP TABLE users;

DROP TABLE group_invitations;

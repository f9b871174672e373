DROP INDEX groups_directory_residence;
DROP INDEX groups_directory_heritage;

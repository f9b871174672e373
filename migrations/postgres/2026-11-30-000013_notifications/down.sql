ALTER TABLE outbox DROP COLUMN calendar;
ALTER TABLE outbox DROP COLUMN list_unsubscribe;
DROP TABLE schedule_marks;
DROP TABLE instance_secrets;
DROP TABLE notification_settings;
DROP TABLE notifications;

CREATE TABLE "instance_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"session_secret" text NOT NULL,
	CONSTRAINT "instance_settings_one_row" CHECK ("instance_settings"."id")
);

CREATE TABLE "throttles" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"attempts" integer NOT NULL,
	"blocked_until" timestamp with time zone,
	"forget_at" timestamp with time zone NOT NULL,
	CONSTRAINT "throttles_bucket_key_pk" PRIMARY KEY("bucket","key")
);
--> statement-breakpoint
DROP TABLE "login_failures" CASCADE;--> statement-breakpoint
CREATE INDEX "throttles_forget_idx" ON "throttles" USING btree ("forget_at");
CREATE TYPE "public"."announcement_audience" AS ENUM('everyone', 'talents', 'recruiters', 'company');--> statement-breakpoint
CREATE TYPE "public"."announcement_state" AS ENUM('scheduled', 'sent', 'cancelled');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'announcement';--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"audience" "announcement_audience" NOT NULL,
	"company_id" uuid,
	"subject" text NOT NULL,
	"message" text NOT NULL,
	"sent_by_id" uuid,
	"state" "announcement_state" DEFAULT 'scheduled' NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"recipients" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "announcements_company_audience" CHECK (("announcements"."audience" = 'company') = ("announcements"."company_id" is not null)),
	CONSTRAINT "announcements_sent_has_time" CHECK (("announcements"."state" = 'sent') = ("announcements"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_event_idx" ON "announcements" USING btree ("event_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "announcements_due_idx" ON "announcements" USING btree ("send_at") WHERE "announcements"."state" = 'scheduled';
CREATE TABLE "company_waitlist_entries" (
	"event_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_waitlist_entries_event_id_company_id_talent_id_pk" PRIMARY KEY("event_id","company_id","talent_id")
);
--> statement-breakpoint
ALTER TABLE "company_waitlist_entries" ADD CONSTRAINT "company_waitlist_entries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_waitlist_entries" ADD CONSTRAINT "company_waitlist_entries_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_waitlist_entries" ADD CONSTRAINT "company_waitlist_entries_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_waitlist_entries" ADD CONSTRAINT "company_waitlist_entries_company_at_event_fk" FOREIGN KEY ("event_id","company_id") REFERENCES "public"."event_companies"("event_id","company_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_waitlist_entries_order_idx" ON "company_waitlist_entries" USING btree ("event_id","company_id","joined_at","talent_id");--> statement-breakpoint
CREATE INDEX "company_waitlist_entries_talent_idx" ON "company_waitlist_entries" USING btree ("talent_id","event_id");
CREATE TABLE "talent_favourites" (
	"event_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"recruiter_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_favourites_event_id_talent_id_recruiter_id_pk" PRIMARY KEY("event_id","talent_id","recruiter_id")
);
--> statement-breakpoint
ALTER TABLE "talent_favourites" ADD CONSTRAINT "talent_favourites_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_favourites" ADD CONSTRAINT "talent_favourites_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_favourites" ADD CONSTRAINT "talent_favourites_recruiter_id_users_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
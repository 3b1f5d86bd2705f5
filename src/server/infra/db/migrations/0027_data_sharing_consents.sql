CREATE TABLE "data_sharing_consents" (
	"talent_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "data_sharing_consents_talent_id_company_id_pk" PRIMARY KEY("talent_id","company_id"),
	CONSTRAINT "data_sharing_consents_time_order" CHECK ("data_sharing_consents"."revoked_at" is null or "data_sharing_consents"."revoked_at" >= "data_sharing_consents"."given_at")
);
--> statement-breakpoint
ALTER TABLE "data_sharing_consents" ADD CONSTRAINT "data_sharing_consents_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_sharing_consents" ADD CONSTRAINT "data_sharing_consents_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_sharing_consents_company_idx" ON "data_sharing_consents" USING btree ("company_id");
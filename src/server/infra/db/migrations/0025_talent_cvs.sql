CREATE TABLE "talent_cvs" (
	"talent_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "talent_cvs_size_matches" CHECK ("talent_cvs"."size" = octet_length("talent_cvs"."content")),
	CONSTRAINT "talent_cvs_size_limit" CHECK ("talent_cvs"."size" between 1 and 5242880)
);
--> statement-breakpoint
ALTER TABLE "talent_cvs" ADD CONSTRAINT "talent_cvs_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
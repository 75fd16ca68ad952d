CREATE TABLE "check_ins" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"mood" smallint,
	"craving" smallint,
	"sleep_hours" real,
	"used" boolean,
	"note" text,
	"peer_requested" boolean DEFAULT false NOT NULL,
	"channel" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_participant_day_key" ON "check_ins" USING btree ("participant_id","local_date");
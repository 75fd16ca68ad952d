CREATE TABLE "crisis_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"category" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handoff_alerts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handoff_id" bigint NOT NULL,
	"level" integer NOT NULL,
	"staff_name" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handoffs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"urgency" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"category" text,
	"opened_at" timestamp with time zone NOT NULL,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"next_escalation_at" timestamp with time zone,
	"claimed_by" text,
	"claimed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "crisis_events" ADD CONSTRAINT "crisis_events_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoff_alerts" ADD CONSTRAINT "handoff_alerts_handoff_id_handoffs_id_fk" FOREIGN KEY ("handoff_id") REFERENCES "public"."handoffs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crisis_events_participant_idx" ON "crisis_events" USING btree ("participant_id","created_at");--> statement-breakpoint
CREATE INDEX "handoff_alerts_handoff_idx" ON "handoff_alerts" USING btree ("handoff_id");--> statement-breakpoint
CREATE INDEX "handoffs_participant_idx" ON "handoffs" USING btree ("participant_id","status");--> statement-breakpoint
CREATE INDEX "handoffs_escalation_idx" ON "handoffs" USING btree ("next_escalation_at") WHERE status = 'open';
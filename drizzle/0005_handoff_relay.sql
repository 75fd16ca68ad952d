CREATE TABLE "handoff_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handoff_id" bigint NOT NULL,
	"author" text NOT NULL,
	"staff_name" text,
	"body" text NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "claimed_via" text;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "first_response_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "handoff_messages" ADD CONSTRAINT "handoff_messages_handoff_id_handoffs_id_fk" FOREIGN KEY ("handoff_id") REFERENCES "public"."handoffs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handoff_messages_handoff_idx" ON "handoff_messages" USING btree ("handoff_id","id");--> statement-breakpoint
CREATE INDEX "handoff_messages_created_idx" ON "handoff_messages" USING btree ("created_at");
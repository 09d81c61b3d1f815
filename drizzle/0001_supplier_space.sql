CREATE TABLE "flux_deposits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"id_structure_cpp" bigint NOT NULL,
	"upload_id" uuid NOT NULL,
	"syntaxe_flux" text NOT NULL,
	"outbox_id" uuid,
	"numero_flux_depot" text,
	"etat" text,
	"report" jsonb,
	"last_checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"id_structure_cpp" bigint NOT NULL,
	"data" jsonb NOT NULL,
	"numero_facture" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"outbox_id" uuid,
	"identifiant_facture_cpp" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"id_structure_cpp" bigint NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"piece_jointe_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "flux_deposits_owner" ON "flux_deposits" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "invoice_drafts_owner" ON "invoice_drafts" USING btree ("account_id","id_structure_cpp","updated_at");--> statement-breakpoint
CREATE INDEX "uploads_owner" ON "uploads" USING btree ("account_id","created_at");
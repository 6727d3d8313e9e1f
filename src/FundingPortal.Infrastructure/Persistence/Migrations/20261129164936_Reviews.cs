using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "label_certificate_seq");

            migrationBuilder.CreateTable(
                name: "experts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    expertise = table.Column<List<string>>(type: "text[]", nullable: false),
                    affiliations = table.Column<string>(type: "jsonb", nullable: false),
                    call_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_experts", x => x.id);
                    table.ForeignKey(
                        name: "fk_experts_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "labelling_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    motivation = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_labelling_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_labelling_decisions_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposal_evaluations",
                columns: table => new
                {
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    review_count = table.Column<int>(type: "integer", nullable: false),
                    weighted_score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    meets_threshold = table.Column<bool>(type: "boolean", nullable: false),
                    disagreement = table.Column<bool>(type: "boolean", nullable: false),
                    innovation_mean = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    market_mean = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    concurrency_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_evaluations", x => x.proposal_id);
                    table.ForeignKey(
                        name: "fk_proposal_evaluations_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expert_conflicts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_conflicts", x => x.id);
                    table.ForeignKey(
                        name: "fk_expert_conflicts_experts_expert_id",
                        column: x => x.expert_id,
                        principalTable: "experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    decline_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    locked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concurrency_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_assignments_experts_expert_id",
                        column: x => x.expert_id,
                        principalTable: "experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_review_assignments_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    comments = table.Column<string>(type: "jsonb", nullable: false),
                    overall_comment = table.Column<string>(type: "text", nullable: true),
                    recommendation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviews", x => x.assignment_id);
                    table.ForeignKey(
                        name: "fk_reviews_review_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "review_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_expert_conflicts_expert_id",
                table: "expert_conflicts",
                column: "expert_id");

            migrationBuilder.CreateIndex(
                name: "ix_experts_call_ids",
                table: "experts",
                column: "call_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_experts_user_id",
                table: "experts",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_labelling_decisions_call_id",
                table: "labelling_decisions",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_labelling_decisions_certificate_number",
                table: "labelling_decisions",
                column: "certificate_number",
                unique: true,
                filter: "certificate_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_labelling_decisions_proposal_id",
                table: "labelling_decisions",
                column: "proposal_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposal_evaluations_call_id",
                table: "proposal_evaluations",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_call_id_expert_id",
                table: "review_assignments",
                columns: new[] { "call_id", "expert_id" });

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_expert_id_status",
                table: "review_assignments",
                columns: new[] { "expert_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_proposal_id_expert_id",
                table: "review_assignments",
                columns: new[] { "proposal_id", "expert_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expert_conflicts");

            migrationBuilder.DropTable(
                name: "labelling_decisions");

            migrationBuilder.DropTable(
                name: "proposal_evaluations");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "review_assignments");

            migrationBuilder.DropTable(
                name: "experts");

            migrationBuilder.DropSequence(
                name: "label_certificate_seq");
        }
    }
}

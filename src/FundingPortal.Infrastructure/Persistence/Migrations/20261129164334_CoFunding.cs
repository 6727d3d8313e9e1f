using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoFunding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "committed",
                table: "call_funders",
                type: "numeric(16,2)",
                precision: 16,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "funding_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    funder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_aid = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    granted_aid = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_funding_requests_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "funding_request_lines",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    funding_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    region = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    eligible_costs = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    rate = table.Column<decimal>(type: "numeric", nullable: false),
                    requested_aid = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    granted_amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    instrument = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_request_lines", x => new { x.funding_request_id, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_funding_request_lines_funding_requests_funding_request_id",
                        column: x => x.funding_request_id,
                        principalTable: "funding_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_call_funders_committed_within_envelope",
                table: "call_funders",
                sql: "committed >= 0 AND committed <= envelope");

            migrationBuilder.CreateIndex(
                name: "ix_funding_requests_call_id_funder_id",
                table: "funding_requests",
                columns: new[] { "call_id", "funder_id" });

            migrationBuilder.CreateIndex(
                name: "ix_funding_requests_funder_id",
                table: "funding_requests",
                column: "funder_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_requests_proposal_id_funder_id",
                table: "funding_requests",
                columns: new[] { "proposal_id", "funder_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_request_lines");

            migrationBuilder.DropTable(
                name: "funding_requests");

            migrationBuilder.DropCheckConstraint(
                name: "ck_call_funders_committed_within_envelope",
                table: "call_funders");

            migrationBuilder.DropColumn(
                name: "committed",
                table: "call_funders");
        }
    }
}

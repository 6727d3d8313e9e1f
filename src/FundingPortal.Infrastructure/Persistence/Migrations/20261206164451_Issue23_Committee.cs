using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue23_Committee : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "committee_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    audition_minutes = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concurrency_version = table.Column<int>(type: "integer", nullable: false),
                    starts_at_local = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    starts_at_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    starts_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_agenda_items",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    audition_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    audition_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    votes_for = table.Column<int>(type: "integer", nullable: false),
                    votes_against = table.Column<int>(type: "integer", nullable: false),
                    abstentions = table.Column<int>(type: "integer", nullable: false),
                    voted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    motivation = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_agenda_items", x => new { x.session_id, x.proposal_id });
                    table.ForeignKey(
                        name: "fk_committee_agenda_items_committee_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "committee_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "committee_members",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_members", x => new { x.session_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_committee_members_committee_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "committee_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "committee_recusals",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    detected = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_recusals", x => new { x.session_id, x.user_id, x.proposal_id });
                    table.ForeignKey(
                        name: "fk_committee_recusals_committee_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "committee_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_committee_agenda_items_proposal_id",
                table: "committee_agenda_items",
                column: "proposal_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_committee_sessions_call_id",
                table: "committee_sessions",
                column: "call_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "committee_agenda_items");

            migrationBuilder.DropTable(
                name: "committee_members");

            migrationBuilder.DropTable(
                name: "committee_recusals");

            migrationBuilder.DropTable(
                name: "committee_sessions");
        }
    }
}

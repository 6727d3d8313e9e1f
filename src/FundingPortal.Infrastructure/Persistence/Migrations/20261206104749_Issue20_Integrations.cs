using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue20_Integrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications");

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    scopes = table.Column<string[]>(type: "text[]", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hint = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_review_assignments_expert_id_assigned_at_id",
                table: "review_assignments",
                columns: new[] { "expert_id", "assigned_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_created_at_id",
                table: "proposals",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at_id",
                table: "notifications",
                columns: new[] { "user_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_calls_created_at_id",
                table: "calls",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_token_hash",
                table: "api_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_user_id",
                table: "api_tokens",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropIndex(
                name: "ix_review_assignments_expert_id_assigned_at_id",
                table: "review_assignments");

            migrationBuilder.DropIndex(
                name: "ix_proposals_created_at_id",
                table: "proposals");

            migrationBuilder.DropIndex(
                name: "ix_notifications_user_id_created_at_id",
                table: "notifications");

            migrationBuilder.DropIndex(
                name: "ix_calls_created_at_id",
                table: "calls");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });
        }
    }
}

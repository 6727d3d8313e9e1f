using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue17_Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "notifications",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "fr");

            migrationBuilder.AddColumn<Guid>(
                name: "proposal_id",
                table: "notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reference",
                table: "notifications",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "proposal_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_display_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    correction_request_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_emailed_at",
                table: "notifications",
                columns: new[] { "user_id", "emailed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_proposal_messages_proposal_id_sent_at",
                table: "proposal_messages",
                columns: new[] { "proposal_id", "sent_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proposal_messages");

            migrationBuilder.DropIndex(
                name: "ix_notifications_user_id_emailed_at",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "language",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "proposal_id",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "reference",
                table: "notifications");
        }
    }
}

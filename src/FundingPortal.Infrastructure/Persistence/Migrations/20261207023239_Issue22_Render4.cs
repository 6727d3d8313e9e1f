using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue22_Render4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_generated_documents_pending",
                table: "generated_documents");

            migrationBuilder.AddColumn<short>(
                name: "render_priority",
                table: "generated_documents",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.CreateIndex(
                name: "ix_generated_documents_pending",
                table: "generated_documents",
                columns: new[] { "render_priority", "last_requested_at", "id" },
                filter: "status = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_generated_documents_pending",
                table: "generated_documents");

            migrationBuilder.DropColumn(
                name: "render_priority",
                table: "generated_documents");

            migrationBuilder.CreateIndex(
                name: "ix_generated_documents_pending",
                table: "generated_documents",
                columns: new[] { "last_requested_at", "id" },
                filter: "status = 'Pending'");
        }
    }
}

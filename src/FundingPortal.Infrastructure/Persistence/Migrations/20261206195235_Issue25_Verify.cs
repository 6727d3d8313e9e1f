using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue25_Verify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "issued_at",
                table: "generated_documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verification_code",
                table: "generated_documents",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_generated_documents_sha256",
                table: "generated_documents",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_generated_documents_verification_code",
                table: "generated_documents",
                column: "verification_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_generated_documents_sha256",
                table: "generated_documents");

            migrationBuilder.DropIndex(
                name: "ix_generated_documents_verification_code",
                table: "generated_documents");

            migrationBuilder.DropColumn(
                name: "issued_at",
                table: "generated_documents");

            migrationBuilder.DropColumn(
                name: "verification_code",
                table: "generated_documents");
        }
    }
}

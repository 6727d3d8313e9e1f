using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue25_Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_personal_values",
                columns: table => new
                {
                    digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    stream_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    stream_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    value = table.Column<string>(type: "text", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_personal_values", x => x.digest);
                });

            migrationBuilder.CreateTable(
                name: "personal_data_erasures",
                columns: table => new
                {
                    number = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_data_erasures", x => x.number);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_personal_values_stream_type_stream_id",
                table: "audit_personal_values",
                columns: new[] { "stream_type", "stream_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_personal_values_subject_user_id",
                table: "audit_personal_values",
                column: "subject_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_erasures_kind_subject_id",
                table: "personal_data_erasures",
                columns: new[] { "kind", "subject_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_personal_values");

            migrationBuilder.DropTable(
                name: "personal_data_erasures");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue25_Seals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_seals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    sealed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    streams = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_seals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_seal_leaves",
                columns: table => new
                {
                    seal_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    stream_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    stream_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_seal_leaves", x => new { x.seal_id, x.position });
                    table.ForeignKey(
                        name: "fk_audit_seal_leaves_audit_seals_seal_id",
                        column: x => x.seal_id,
                        principalTable: "audit_seals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_seal_leaves_seal_id_stream_type_stream_id",
                table: "audit_seal_leaves",
                columns: new[] { "seal_id", "stream_type", "stream_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_seals_date",
                table: "audit_seals",
                column: "date");

            // Hand-written (keep when reconciling the snapshot): seals are append-only at the database level too. Any
            // UPDATE, DELETE or TRUNCATE of a seal or a leaf fails, whoever sends it; only someone who can disable triggers
            // (or switch session_replication_role, as the test reset does) gets past, and the published files still tell.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_seals_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit seals are append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals
                    FOR EACH ROW EXECUTE FUNCTION audit_seals_append_only();
                CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_seals_append_only();
                CREATE TRIGGER audit_seal_leaves_append_only BEFORE UPDATE OR DELETE ON audit_seal_leaves
                    FOR EACH ROW EXECUTE FUNCTION audit_seals_append_only();
                CREATE TRIGGER audit_seal_leaves_no_truncate BEFORE TRUNCATE ON audit_seal_leaves
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_seals_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_seal_leaves_no_truncate ON audit_seal_leaves;
                DROP TRIGGER audit_seal_leaves_append_only ON audit_seal_leaves;
                DROP TRIGGER audit_seals_no_truncate ON audit_seals;
                DROP TRIGGER audit_seals_append_only ON audit_seals;
                DROP FUNCTION audit_seals_append_only();
                """);

            migrationBuilder.DropTable(
                name: "audit_seal_leaves");

            migrationBuilder.DropTable(
                name: "audit_seals");
        }
    }
}

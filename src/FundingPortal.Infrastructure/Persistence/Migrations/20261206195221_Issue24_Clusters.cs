using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue24_Clusters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "cluster_id",
                table: "calls",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "clusters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    regions = table.Column<string[]>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "co_labelling_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    motivation = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_co_labelling_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_co_labelling_requests_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_co_labelling_requests_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "manager_memberships",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_manager_memberships", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_manager_memberships_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_manager_memberships_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_calls_cluster_id",
                table: "calls",
                column: "cluster_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_short_name",
                table: "clusters",
                column: "short_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_co_labelling_requests_cluster_id",
                table: "co_labelling_requests",
                column: "cluster_id");

            migrationBuilder.CreateIndex(
                name: "ix_co_labelling_requests_proposal_id_cluster_id",
                table: "co_labelling_requests",
                columns: new[] { "proposal_id", "cluster_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_manager_memberships_cluster_id",
                table: "manager_memberships",
                column: "cluster_id");

            // Hand-written data migration (keep it when reconciling the model snapshot): the portal's first cluster,
            // Images & Réseaux, with Cluster.FirstId; every existing call and every existing manager moves to it.
            migrationBuilder.Sql("""
                INSERT INTO clusters (id, name, short_name, regions, created_at)
                VALUES ('01938c2e-0000-7000-8000-000000000001', 'Images & Réseaux', 'IR', ARRAY['FR-BRE', 'FR-PDL'], now());
                UPDATE calls SET cluster_id = '01938c2e-0000-7000-8000-000000000001';
                INSERT INTO manager_memberships (user_id, cluster_id)
                SELECT ur.user_id, '01938c2e-0000-7000-8000-000000000001'
                FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id
                WHERE r.name = 'ClusterManager';
                """);

            migrationBuilder.AddForeignKey(
                name: "fk_calls_clusters_cluster_id",
                table: "calls",
                column: "cluster_id",
                principalTable: "clusters",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_calls_clusters_cluster_id",
                table: "calls");

            migrationBuilder.DropTable(
                name: "co_labelling_requests");

            migrationBuilder.DropTable(
                name: "manager_memberships");

            migrationBuilder.DropTable(
                name: "clusters");

            migrationBuilder.DropIndex(
                name: "ix_calls_cluster_id",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "cluster_id",
                table: "calls");
        }
    }
}

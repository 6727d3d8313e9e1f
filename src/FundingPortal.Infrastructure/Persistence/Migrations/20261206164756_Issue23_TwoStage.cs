using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue23_TwoStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "status",
                table: "proposals",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<string>(
                name: "shortlist_feedback",
                table: "proposals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "shortlisted_at",
                table: "proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_pre_proposal",
                table: "proposal_versions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "estimate_updated_at",
                table: "proposal_partner",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "estimated_total",
                table: "proposal_partner",
                type: "numeric(16,2)",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pre_proposal",
                table: "calls",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "shortlist_feedback",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "shortlisted_at",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "is_pre_proposal",
                table: "proposal_versions");

            migrationBuilder.DropColumn(
                name: "estimate_updated_at",
                table: "proposal_partner");

            migrationBuilder.DropColumn(
                name: "estimated_total",
                table: "proposal_partner");

            migrationBuilder.DropColumn(
                name: "pre_proposal",
                table: "calls");

            migrationBuilder.AlterColumn<string>(
                name: "status",
                table: "proposals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);
        }
    }
}

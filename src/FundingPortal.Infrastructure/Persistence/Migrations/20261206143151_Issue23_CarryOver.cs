using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue23_CarryOver : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "carried_from_proposal_id",
                table: "proposals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "carried_to_proposal_id",
                table: "proposals",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_carried_from_proposal_id",
                table: "proposals",
                column: "carried_from_proposal_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_proposals_carried_from_proposal_id",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "carried_from_proposal_id",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "carried_to_proposal_id",
                table: "proposals");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboxCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_AssignedToId_Status",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_DueOn",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_UnitId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_ViolationTypeId",
                table: "Reports");

            migrationBuilder.CreateTable(
                name: "InboxCounts",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AssignedToId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    WithDeadline = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxCounts", x => new { x.Kind, x.Status, x.AssignedToId });
                });

            migrationBuilder.CreateTable(
                name: "InboxDeadlineCounts",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AssignedToId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxDeadlineCounts", x => new { x.Kind, x.Status, x.AssignedToId, x.DueOn });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AssignedToId_Status_SubmittedAt",
                table: "Reports",
                columns: new[] { "AssignedToId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AssignedToId_SubmittedAt",
                table: "Reports",
                columns: new[] { "AssignedToId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Open_SubmittedAt",
                table: "Reports",
                columns: new[] { "SubmittedAt", "RegistrationNumber" },
                filter: "\"DueOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_UnitId_SubmittedAt",
                table: "Reports",
                columns: new[] { "UnitId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ViolationTypeId_SubmittedAt",
                table: "Reports",
                columns: new[] { "ViolationTypeId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxDeadlineCounts_Kind_DueOn",
                table: "InboxDeadlineCounts",
                columns: new[] { "Kind", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxCounts");

            migrationBuilder.DropTable(
                name: "InboxDeadlineCounts");

            migrationBuilder.DropIndex(
                name: "IX_Reports_AssignedToId_Status_SubmittedAt",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_AssignedToId_SubmittedAt",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Open_SubmittedAt",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_UnitId_SubmittedAt",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_ViolationTypeId_SubmittedAt",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AssignedToId_Status",
                table: "Reports",
                columns: new[] { "AssignedToId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_DueOn",
                table: "Reports",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_UnitId",
                table: "Reports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ViolationTypeId",
                table: "Reports",
                column: "ViolationTypeId");
        }
    }
}

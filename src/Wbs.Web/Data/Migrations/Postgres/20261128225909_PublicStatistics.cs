using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_SubmittedAt",
                table: "Reports");

            migrationBuilder.CreateTable(
                name: "StatisticsStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticsStamps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SubmittedAt_ViolationTypeId_Status_ResolvedAt",
                table: "Reports",
                columns: new[] { "SubmittedAt", "ViolationTypeId", "Status", "ResolvedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatisticsStamps");

            migrationBuilder.DropIndex(
                name: "IX_Reports_SubmittedAt_ViolationTypeId_Status_ResolvedAt",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SubmittedAt",
                table: "Reports",
                column: "SubmittedAt");
        }
    }
}

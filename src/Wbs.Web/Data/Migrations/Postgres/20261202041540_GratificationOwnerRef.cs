using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GratificationOwnerRef : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GratificationReports_AspNetUsers_ReporterId",
                table: "GratificationReports");

            migrationBuilder.RenameColumn(
                name: "ReporterId",
                table: "GratificationReports",
                newName: "OwnerRef");

            migrationBuilder.RenameIndex(
                name: "IX_GratificationReports_ReporterId_SubmittedAt",
                table: "GratificationReports",
                newName: "IX_GratificationReports_OwnerRef_SubmittedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "OwnerRef",
                table: "GratificationReports",
                newName: "ReporterId");

            migrationBuilder.RenameIndex(
                name: "IX_GratificationReports_OwnerRef_SubmittedAt",
                table: "GratificationReports",
                newName: "IX_GratificationReports_ReporterId_SubmittedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_GratificationReports_AspNetUsers_ReporterId",
                table: "GratificationReports",
                column: "ReporterId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}

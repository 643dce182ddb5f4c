using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldAt",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldById",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetainUntil",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SealedLegalHoldReason",
                table: "Reports",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "GratificationReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldAt",
                table: "GratificationReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldById",
                table: "GratificationReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetainUntil",
                table: "GratificationReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SealedLegalHoldReason",
                table: "GratificationReports",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ErasureDay",
                table: "DataKeys",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RetentionSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintSelesaiYears = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintDitolakYears = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintDiteruskanYears = table.Column<int>(type: "INTEGER", nullable: false),
                    GratificationSelesaiYears = table.Column<int>(type: "INTEGER", nullable: false),
                    GratificationTidakDapatDitindaklanjutiYears = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RatchetDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RatchetFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionStates", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SenderLeases",
                columns: new[] { "Name", "ExpiresAt", "Holder" },
                values: new object[] { "retention", new DateTime(2000, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RetainUntil",
                table: "Reports",
                column: "RetainUntil");

            migrationBuilder.CreateIndex(
                name: "IX_GratificationReports_RetainUntil",
                table: "GratificationReports",
                column: "RetainUntil");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RetentionSettings");

            migrationBuilder.DropTable(
                name: "RetentionStates");

            migrationBuilder.DropIndex(
                name: "IX_Reports_RetainUntil",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_GratificationReports_RetainUntil",
                table: "GratificationReports");

            migrationBuilder.DeleteData(
                table: "SenderLeases",
                keyColumn: "Name",
                keyValue: "retention");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "LegalHoldAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "LegalHoldById",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "RetainUntil",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "SealedLegalHoldReason",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "GratificationReports");

            migrationBuilder.DropColumn(
                name: "LegalHoldAt",
                table: "GratificationReports");

            migrationBuilder.DropColumn(
                name: "LegalHoldById",
                table: "GratificationReports");

            migrationBuilder.DropColumn(
                name: "RetainUntil",
                table: "GratificationReports");

            migrationBuilder.DropColumn(
                name: "SealedLegalHoldReason",
                table: "GratificationReports");

            migrationBuilder.DropColumn(
                name: "ErasureDay",
                table: "DataKeys");
        }
    }
}

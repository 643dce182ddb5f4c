using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HandoverAndLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SealedReason = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HandoverPackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FileIds = table.Column<string>(type: "TEXT", nullable: false),
                    RedactionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentityIncluded = table.Column<bool>(type: "INTEGER", nullable: false),
                    SealedIdentityReason = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    SealedPackage = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoverPackages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_OtherReportId",
                table: "CaseLinks",
                column: "OtherReportId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_ReportId_OtherReportId",
                table: "CaseLinks",
                columns: new[] { "ReportId", "OtherReportId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandoverPackages_ReportId_CreatedAt",
                table: "HandoverPackages",
                columns: new[] { "ReportId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "HandoverPackages");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GiftCustodyRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GiftCustody",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftCustody", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftCustody_GratificationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "GratificationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GiftCustody_ReportId_Id",
                table: "GiftCustody",
                columns: new[] { "ReportId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GiftCustody");
        }
    }
}

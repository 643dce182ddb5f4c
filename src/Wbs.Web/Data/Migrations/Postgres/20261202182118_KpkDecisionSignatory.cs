using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KpkDecisionSignatory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KpkDecisionSignedBy",
                table: "GratificationReports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KpkSignatoryLevel",
                table: "GratificationReports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KpkDecisionSignedBy",
                table: "GratificationReports");

            migrationBuilder.DropColumn(
                name: "KpkSignatoryLevel",
                table: "GratificationReports");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ComplaintChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every complaint stored before channels existed was filed on the site.
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Reports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Web");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Reports",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Channel_SubmittedAt",
                table: "Reports",
                columns: new[] { "Channel", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_Channel_SubmittedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "Reports");
        }
    }
}

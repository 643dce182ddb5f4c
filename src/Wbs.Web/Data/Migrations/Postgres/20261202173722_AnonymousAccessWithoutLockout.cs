using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wbs.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnonymousAccessWithoutLockout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BlockedUntil",
                table: "AnonymousAccesses");

            migrationBuilder.DropColumn(
                name: "FailedCount",
                table: "AnonymousAccesses");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "BlockedUntil",
                table: "AnonymousAccesses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailedCount",
                table: "AnonymousAccesses",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wbs.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Gratification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_Reports_ReportId",
                table: "Attachments");

            migrationBuilder.DropForeignKey(
                name: "FK_ReportMessages_Reports_ReportId",
                table: "ReportMessages");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_ReportId",
                table: "Attachments");

            migrationBuilder.CreateTable(
                name: "GratificationReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ReporterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StatusChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ForwardedToKpkOn = table.Column<DateOnly>(type: "date", nullable: true),
                    KpkDecision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    KpkDecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    KpkDecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IdentityRevealedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IdentityScope = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedIdentity = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedContent = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GratificationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GratificationReports_AspNetUsers_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GratificationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SealedPublicNote = table.Column<byte[]>(type: "bytea", nullable: true),
                    SealedInternalNote = table.Column<byte[]>(type: "bytea", nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GratificationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GratificationEvents_GratificationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "GratificationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_ReportId_CreatedAt",
                table: "Attachments",
                columns: new[] { "ReportId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GratificationEvents_ReportId_At",
                table: "GratificationEvents",
                columns: new[] { "ReportId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_GratificationReports_DueOn",
                table: "GratificationReports",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_GratificationReports_RegistrationNumber",
                table: "GratificationReports",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GratificationReports_ReporterId_SubmittedAt",
                table: "GratificationReports",
                columns: new[] { "ReporterId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GratificationReports_Status_SubmittedAt",
                table: "GratificationReports",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GratificationReports_SubmittedAt_Status_ResolvedAt",
                table: "GratificationReports",
                columns: new[] { "SubmittedAt", "Status", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GratificationReports_Year_Sequence",
                table: "GratificationReports",
                columns: new[] { "Year", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GratificationEvents");

            migrationBuilder.DropTable(
                name: "GratificationReports");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_ReportId_CreatedAt",
                table: "Attachments");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_ReportId",
                table: "Attachments",
                column: "ReportId");

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_Reports_ReportId",
                table: "Attachments",
                column: "ReportId",
                principalTable: "Reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ReportMessages_Reports_ReportId",
                table: "ReportMessages",
                column: "ReportId",
                principalTable: "Reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}

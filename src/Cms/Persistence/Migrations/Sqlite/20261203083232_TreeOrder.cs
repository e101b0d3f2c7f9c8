using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TreeOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cmsNode_ParentId",
                table: "cmsNode");

            migrationBuilder.CreateIndex(
                name: "IX_cmsNode_ParentId_SortOrder",
                table: "cmsNode",
                columns: new[] { "ParentId", "SortOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cmsNode_ParentId_SortOrder",
                table: "cmsNode");

            migrationBuilder.CreateIndex(
                name: "IX_cmsNode_ParentId",
                table: "cmsNode",
                column: "ParentId");
        }
    }
}

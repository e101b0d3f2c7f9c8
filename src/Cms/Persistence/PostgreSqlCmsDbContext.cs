using Microsoft.EntityFrameworkCore;

namespace Participation.Cms.Persistence;

public sealed class PostgreSqlCmsDbContext(DbContextOptions<PostgreSqlCmsDbContext> options) : CmsDbContext(options);

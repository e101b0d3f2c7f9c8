using Microsoft.EntityFrameworkCore;

namespace Participation.Cms.Persistence;

public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);

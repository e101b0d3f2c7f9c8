using Microsoft.EntityFrameworkCore;

namespace Participation.Extensions.Persistence;

public sealed class SqliteExtensionsDbContext(DbContextOptions<SqliteExtensionsDbContext> options) : ExtensionsDbContext(options);

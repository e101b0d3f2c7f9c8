using Microsoft.EntityFrameworkCore;

namespace Participation.Extensions.Persistence;

public sealed class PostgreSqlExtensionsDbContext(DbContextOptions<PostgreSqlExtensionsDbContext> options) : ExtensionsDbContext(options);

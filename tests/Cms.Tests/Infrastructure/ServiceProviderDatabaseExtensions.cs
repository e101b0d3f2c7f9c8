using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.Persistence;

namespace Participation.Cms.Tests.Infrastructure;

public static class ServiceProviderDatabaseExtensions
{
    public static CmsDbContext GetDatabase(this IServiceProvider services) =>
        services.GetRequiredService<CmsDatabase>().CreateContext();
}

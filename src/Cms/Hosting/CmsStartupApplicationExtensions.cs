using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Cms.Hosting;

public static class CmsStartupApplicationExtensions
{
    /// <summary>
    /// Starts the engine's migrations and snapshot load now, beside the pipeline's building that follows in
    /// Program.cs, instead of when the host starts (<see cref="CmsStartup.Begin"/>). Call it after the commands,
    /// which start the engine their own way.
    /// </summary>
    public static WebApplication BeginCmsStart(this WebApplication app)
    {
        app.Services.GetRequiredService<CmsStartup>().Begin();
        return app;
    }
}

using Microsoft.AspNetCore.Builder;
using Participation.Extensions.Forms.Api;

namespace Participation.Extensions.Forms;

public static class FormsApplicationExtensions
{
    /// <summary>The headless Forms API. Before the CMS's catch-all page route.</summary>
    public static WebApplication MapForms(this WebApplication app)
    {
        app.MapFormsApi();
        return app;
    }
}

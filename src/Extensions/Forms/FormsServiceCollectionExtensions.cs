using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Participation.Cms.DataPackage;

namespace Participation.Extensions.Forms;

public static class FormsServiceCollectionExtensions
{
    /// <summary>Form definitions (stored, imported and exported); the forms engine and its API build on this.</summary>
    public static WebApplicationBuilder AddForms(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IDataPackagePart, FormsDataPackagePart>();
        builder.Services.AddSingleton<FormService>();
        builder.Services.AddSingleton<Participation.Cms.Backoffice.Editing.IFormPickerOptions, FormPickerOptions>();
        return builder;
    }
}

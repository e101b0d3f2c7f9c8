namespace Participation.Web.Localization;

internal static class UiTextServiceCollectionExtensions
{
    public static WebApplicationBuilder AddUiText(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UiText>();
        builder.Services.AddSingleton<TagText>();
        return builder;
    }
}

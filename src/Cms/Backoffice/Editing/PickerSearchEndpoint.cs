using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.ContentTypes;
using Participation.Cms.PropertyEditors;

namespace Participation.Cms.Backoffice.Editing;

/// <summary>
/// The choices of one picker property matching what the editor typed, at most <see cref="PickerEditor.MaxResults"/>:
/// the edit page's picker script asks here instead of the page listing every item.
/// </summary>
internal static class PickerSearchEndpoint
{
    public static IEndpointRouteBuilder MapPickerSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet(PickerPaths.Pattern, SearchAsync)
            .RequireAuthorization(BackofficePolicies.Access)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<PickerOption>>, NotFound>> SearchAsync(
        string contentType, string property, string? q, int? limit, ContentTypeService contentTypes, PropertyEditorCollection editors, CancellationToken cancellationToken)
    {
        var type = await contentTypes.GetAsync(contentType, null, cancellationToken);
        var propertyType = type?.Properties.FirstOrDefault(p => p.Alias == property);
        if (propertyType is null || !editors.Contains(propertyType.Editor) || editors.Get(propertyType.Editor) is not PickerEditor picker)
        {
            return TypedResults.NotFound();
        }

        var take = Math.Clamp(limit ?? 20, 1, PickerEditor.MaxResults);
        var query = q is { Length: > 100 } ? q[..100] : q;
        return TypedResults.Ok(await picker.SearchAsync(propertyType, query, take, cancellationToken));
    }
}

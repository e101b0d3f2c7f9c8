using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Participation.Cms.ContentTypes;
using Participation.Cms.DeliveryApi.Querying;
using Participation.Cms.PropertyEditors;
using Participation.Cms.PublishedCache;

namespace Participation.Cms.DeliveryApi.Rendering;

/// <summary>
/// Writes content items in the shape of reference section 4.1, in Umbraco's property order (contentType first,
/// cultures last). Each property's value comes from its editor; a property without a value is <c>null</c>. Every item
/// the response shows (the item, picked items) is noted in <see cref="RenderSession.Shown"/> for cache eviction.
/// </summary>
internal sealed class ContentRenderer(PropertyEditorCollection editors, ContentTypeService contentTypes, ApiRouting routing, QueryRunner runner, IOptions<DeliveryApiOptions> options)
{
    public async Task<RenderSession> StartAsync(DeliveryRequest request, PropertyScope scope, CancellationToken cancellationToken)
    {
        var models = new ModelContext(await contentTypes.GetAllAsync(null, cancellationToken), editors);
        var session = new RenderSession(request, scope);
        session.Context = new DeliveryApiContext(
            request.Culture,
            key => request.Snapshot.GetByKey(key) is { } picked && runner.Visible(picked, request) ? session.Show(picked) : null,
            key => request.Snapshot.GetMedia(key) is { } media ? session.ShowMedia(media) : null,
            models)
        {
            Route = (content, culture) => routing.Route(content, request, culture),
            ExpandContent = Properties,
            Scope = scope,
            RichTextAsJson = options.Value.RichTextOutputAsJson,
        };
        return session;
    }

    public JsonObject Item(PublishedContent item, RenderSession session)
    {
        session.Show(item);
        var request = session.Request;
        return new JsonObject
        {
            ["contentType"] = item.ContentTypeAlias,
            ["name"] = item.Name(request.Culture),
            ["createDate"] = DeliveryApiContext.Date(item.CreateDate),
            ["updateDate"] = DeliveryApiContext.Date(item.UpdateDate),
            ["route"] = routing.Route(item, request),
            ["id"] = item.Key.ToString(),
            ["properties"] = Properties(item, session.Context),
            ["cultures"] = Cultures(item, request),
        };
    }

    private JsonObject Properties(PublishedContent item, DeliveryApiContext context)
    {
        var properties = new JsonObject();
        foreach (var property in item.ContentType.Properties.Where(p => context.Scope.Includes(p.Alias) && editors.Contains(p.Editor)))
        {
            var value = item.Value(property.Alias, context.Culture);
            properties[property.Alias] = PublishedContent.IsSet(value)
                ? editors.Get(property.Editor).ToDeliveryApi(value, property, context.Enter(property.Alias))
                : null;
        }

        return properties;
    }

    /// <summary>Every culture the item has a route in; <c>{}</c> for an invariant item (reference 4.1).</summary>
    private JsonObject Cultures(PublishedContent item, DeliveryRequest request)
    {
        var cultures = new JsonObject();
        if (item.ContentType.VariesByCulture)
        {
            foreach (var culture in item.Cultures.Keys)
            {
                if (routing.Route(item, request, culture) is { } route)
                {
                    cultures[culture] = route;
                }
            }
        }

        return cultures;
    }
}

/// <summary>One response being written: its request, its editors' context, and the keys it showed.</summary>
internal sealed class RenderSession(DeliveryRequest request, PropertyScope scope)
{
    public DeliveryRequest Request { get; } = request;

    public PropertyScope Scope { get; } = scope;

    public DeliveryApiContext Context { get; set; } = null!;

    public HashSet<Guid> Shown { get; } = [];

    public PublishedContent Show(PublishedContent item)
    {
        Shown.Add(item.Key);
        return item;
    }

    public PublishedMedia ShowMedia(PublishedMedia media)
    {
        Shown.Add(media.Key);
        return media;
    }
}
